package com.boxoffice.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error answer: a stable code, a sentence for people, and the field at fault.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String field) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
