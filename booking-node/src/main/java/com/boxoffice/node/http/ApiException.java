package com.boxoffice.node.http;

import com.boxoffice.model.api.ApiError;

/**
 * A request the node refuses, with the HTTP status and the JSON error body to answer with.
 * Thrown by any feature; the server turns it into the answer in one place.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    /** 400: a field of the request is wrong; nothing was changed. */
    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "BAD_REQUEST", message, field);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "NOT_FOUND", what + " " + id + " does not exist", null);
    }

    public int status() {
        return status;
    }

    public ApiError body() {
        return new ApiError(code, getMessage(), field);
    }
}
