package com.boxoffice.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The heap a node keeps live: a full collection asked for with jcmd, then the heap in use as
 * the node's own /metrics reports it.
 */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static double liveHeapMegabytes(ChildJvm node, String baseUrl) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(node.pid()),
                    "GC.run").redirectErrorStream(true).redirectOutput(
                    ProcessBuilder.Redirect.DISCARD).start();
            gc.waitFor(60, TimeUnit.SECONDS);
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return metrics.lines()
                    .filter(line -> line.startsWith("jvm_memory_used_bytes{")
                            && line.contains("area=\"heap\""))
                    .mapToDouble(line -> Double.parseDouble(line.substring(
                            line.lastIndexOf(' ') + 1)))
                    .sum() / (1024 * 1024);
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }
}
