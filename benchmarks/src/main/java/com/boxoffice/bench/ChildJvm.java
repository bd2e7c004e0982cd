package com.boxoffice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * A JVM the harness starts beside itself (a booking node, a baseline server): on this module's
 * class path, its output in a log file, stopped with SIGTERM so that it shuts down gracefully.
 * With the environment variable {@code BENCH_JFR} naming a directory, each child records a
 * flight recording there; {@code BENCH_JVM_FLAGS} adds flags to every child, with
 * {@code {name}} standing for the child's name (for a profiler agent's output file).
 */
public final class ChildJvm implements AutoCloseable {

    /** What a booking node needs to open on Java 25, as its jar's manifest says. */
    public static final List<String> NODE_JVM_FLAGS = List.of(
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "-Dhazelcast.phone.home.enabled=false");

    private static final HttpClient PROBE = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final long startedNanos;
    private long readyNanos;

    private ChildJvm(String name, Process process, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    public static ChildJvm start(String name, Path workDir, List<String> jvmFlags,
                                 String mainClass, List<String> args, Map<String, String> env) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        String jfrDir = System.getenv("BENCH_JFR");
        if (jfrDir != null && !jfrDir.isBlank()) {
            command.add("-XX:StartFlightRecording=settings=profile,filename="
                    + Path.of(jfrDir).toAbsolutePath().resolve(name + ".jfr"));
        }
        String extra = System.getenv("BENCH_JVM_FLAGS");
        if (extra != null && !extra.isBlank()) {
            for (String flag : extra.trim().split("\\s+")) {
                command.add(flag.replace("{name}", name));
            }
        }
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(args);
        try {
            Path logs = Files.createDirectories(workDir.resolve("logs"));
            Path log = logs.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            long started = System.nanoTime();
            return new ChildJvm(name, builder.start(), log, started);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** This module's classes and dependencies: from Maven's list in tests, else our own. */
    static String classPath() {
        String file = System.getProperty("bench.classpath.file");
        if (file == null) {
            return System.getProperty("java.class.path");
        }
        try {
            return System.getProperty("bench.classes") + java.io.File.pathSeparator
                    + Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class path list " + file, e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** Waits until the URL answers with a status the test accepts; fails if the JVM died. */
    public ChildJvm awaitHttp(String url, IntPredicate acceptable, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                        + " before it was ready; see " + log);
            }
            try {
                int status = PROBE.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (acceptable.test(status)) {
                    readyNanos = System.nanoTime();
                    return this;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
    }

    /** From starting the process to its first acceptable answer. */
    public Duration startTime() {
        return Duration.ofNanos(readyNanos - startedNanos);
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public String name() {
        return name;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, then up to a minute for a graceful stop, then SIGKILL. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                System.err.println(name + " did not stop within a minute; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
