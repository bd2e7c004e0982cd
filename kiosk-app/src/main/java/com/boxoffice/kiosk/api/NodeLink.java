package com.boxoffice.kiosk.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The kiosk's connection to the booking nodes: sends each request to the node that answered
 * last and fails over to the next configured one when a node cannot be reached.
 */
final class NodeLink {

    private static final Logger log = LoggerFactory.getLogger(NodeLink.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final List<URI> nodes;
    private final String apiKey;
    private final HttpClient http;
    private final AtomicInteger current = new AtomicInteger();

    NodeLink(List<URI> nodes, String apiKey) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("at least one node address is needed");
        }
        this.nodes = List.copyOf(nodes);
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A request to the given path of a node, carrying the kiosk's key. */
    HttpRequest.Builder request(URI node, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(node.resolve(path));
        if (apiKey != null && !apiKey.isBlank()) {
            builder.header("X-Api-Key", apiKey);
        }
        return builder;
    }

    /**
     * A request to a managers' call: it carries the manager's session token, if any, and never
     * the kiosk's key, which the nodes refuse there.
     */
    HttpRequest.Builder managerRequest(URI node, String path, String sessionToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(node.resolve(path));
        if (sessionToken != null) {
            builder.header("Authorization", "Bearer " + sessionToken);
        }
        return builder;
    }

    /**
     * Sends to one node after another until one answers. A request that may not be repeated
     * (it may have reached a node that then went quiet) fails over only when the connection
     * was never made.
     */
    <T> HttpResponse<T> send(Function<URI, HttpRequest> build, HttpResponse.BodyHandler<T> body,
                             boolean repeatable) {
        int first = current.get();
        IOException last = null;
        for (int attempt = 0; attempt < nodes.size(); attempt++) {
            int index = (first + attempt) % nodes.size();
            URI node = nodes.get(index);
            try {
                HttpResponse<T> response = http.send(build.apply(node), body);
                current.set(index);
                return response;
            } catch (ConnectException | HttpConnectTimeoutException e) {
                log.warn("Booking node {} cannot be reached ({}), trying the next", node,
                        e.toString());
                last = e;
            } catch (IOException e) {
                log.warn("Booking node {} broke off a request ({})", node, e.toString());
                last = e;
                if (!repeatable) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NodeUnreachableException(nodes, e);
            }
        }
        throw new NodeUnreachableException(nodes, last);
    }

    List<URI> nodes() {
        return nodes;
    }
}
