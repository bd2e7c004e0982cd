package com.boxoffice.node.http;

import com.boxoffice.model.api.ApiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before any route sees it (a URI or headers too long, a request it
 * cannot parse) with the API's JSON error body instead of Jetty's HTML page. The message names
 * the limit only; nothing of the refused request is echoed back.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final HttpField JSON_TYPE =
            new HttpField(HttpHeader.CONTENT_TYPE, "application/json");

    @Override
    protected void generateResponse(Request request, Response response, int code,
                                    String message, Throwable cause, Callback callback) {
        response.getHeaders().put(JSON_TYPE);
        response.write(true, body(code), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(JSON_TYPE);
        return body(status);
    }

    static ApiError errorFor(int status) {
        return switch (status) {
            case 414 -> ApiError.of("URI_TOO_LONG", "The request's URI is longer than the node"
                    + " accepts; send long values in a JSON body.");
            case 431 -> ApiError.of("HEADERS_TOO_LARGE", "The request's headers are larger than"
                    + " the node accepts.");
            case 400 -> ApiError.of("BAD_REQUEST", "The request is not valid HTTP.");
            default -> ApiError.of("HTTP_" + status, "The request was refused with status "
                    + status + ".");
        };
    }

    private static ByteBuffer body(int status) {
        try {
            return ByteBuffer.wrap(Json.mapper().writeValueAsBytes(errorFor(status)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
