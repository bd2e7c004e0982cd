package com.boxoffice.node.reservation;

import static org.awaitility.Awaitility.await;

import com.boxoffice.node.testing.ApiClient;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A booking node in a JVM of its own, started from the command line as an operator would,
 * with the test's class path.
 */
final class NodeProcess implements AutoCloseable {

    private final Process process;
    private final int httpPort;
    private final Path log;

    private NodeProcess(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** Starts a node with the given options and waits until its /health says UP. */
    static NodeProcess start(String name, String apiKey, List<String> options) {
        int httpPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                "com.boxoffice.node.BookingNodeMain",
                "--http-port", String.valueOf(httpPort)));
        command.addAll(options);
        try {
            Path log = Files.createTempFile("node-" + name + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("BOXOFFICE_API_KEY", apiKey);
            NodeProcess node = new NodeProcess(builder.start(), httpPort, log);
            node.awaitHealthy();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node " + name, e);
        }
    }

    private void awaitHealthy() {
        ApiClient health = new ApiClient(baseUrl(), null);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("node stopped; see " + log);
                    }
                    return health.get("/health").status() == 200;
                });
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** Kills the node without warning, as a power cut would. */
    void kill() {
        process.destroyForcibly();
        await().until(() -> !process.isAlive());
    }

    /** Sends SIGTERM and waits for the node to finish its graceful shutdown. */
    int stop() {
        process.destroy();
        await().atMost(Duration.ofMinutes(3)).until(() -> !process.isAlive());
        return process.exitValue();
    }

    File log() {
        return log.toFile();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
