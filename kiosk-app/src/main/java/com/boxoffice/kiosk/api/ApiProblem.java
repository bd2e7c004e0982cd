package com.boxoffice.kiosk.api;

/**
 * A node answered with an error the customer flow did not expect (a refused key, a quota,
 * a bad request, a server failure); carries the HTTP status and the error code.
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;

    public ApiProblem(String call, int status, String code, String message) {
        super(call + " answered " + status + " " + code + ": " + message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
