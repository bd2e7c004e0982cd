package com.boxoffice.node.http;

import com.boxoffice.model.api.ApiError;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;

/**
 * Says what is wrong with a request body in the API's words: which field, and what kind of
 * JSON value it needs ("a whole number", "text", "a list"), never the node's Java types.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static ApiError describe(JacksonException problem) {
        String field = fieldOf(problem);
        if (problem instanceof MismatchedInputException mismatch && field != null
                && mismatch.getTargetType() != null) {
            return new ApiError("BAD_REQUEST",
                    field + " must be " + expected(mismatch.getTargetType()) + ".", field);
        }
        if (problem instanceof StreamReadException) {
            return new ApiError("BAD_REQUEST",
                    "The body is not valid JSON" + where(problem.getLocation()) + ".", "body");
        }
        return new ApiError("BAD_REQUEST", "The body does not fit this call"
                + (field == null ? "" : ": " + field + " is not as expected") + ".",
                field == null ? "body" : field);
    }

    /** The dotted path of the field at fault, e.g. {@code method.cardNumber} or {@code seats.2}. */
    private static String fieldOf(JacksonException problem) {
        if (!(problem instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        String path = mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                        : String.valueOf(ref.getIndex()))
                .reduce((a, b) -> a + "." + b).orElseThrow();
        return Echo.of(path);
    }

    static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class
                || type == Long.class || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class
                || type == Float.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-12-24";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2026-12-24T19:30:00Z";
        }
        return "an object";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
