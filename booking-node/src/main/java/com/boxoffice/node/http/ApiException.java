package com.boxoffice.node.http;

import com.boxoffice.model.api.ApiError;
import java.util.Map;

/**
 * A request the node refuses, with the HTTP status and the JSON error body to answer with.
 * Thrown by any feature; the server turns it into the answer in one place.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message, String field) {
        this(status, code, message, field, Map.of());
    }

    /** With response headers, such as {@code Retry-After} on 429. */
    public ApiException(int status, String code, String message, String field,
                        Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
        this.headers = Map.copyOf(headers);
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

    public Map<String, String> headers() {
        return headers;
    }

    public ApiError body() {
        return new ApiError(code, getMessage(), field);
    }
}
