package com.boxoffice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a harness as run.sh does, in its own JVM, and reads the summary line it ends with.
 */
final class HarnessRun {

    private HarnessRun() {
    }

    static Map<String, String> run(String bench, Class<?> harness, List<String> jvmFlags,
                                   String... args) throws IOException, InterruptedException {
        Path work = Files.createDirectories(Path.of(System.getProperty("bench.work",
                "target/bench-work"), bench));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dbench.work=" + work, "-Dhazelcast.phone.home.enabled=false"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", ChildJvm.classPath(), harness.getName()));
        command.addAll(Arrays.asList(args));
        Path output = work.resolve("harness.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(bench + " harness hung; see " + output);
        }
        String prefix = "bench=" + bench + " ";
        String line = Files.readAllLines(output).stream()
                .filter(candidate -> candidate.startsWith(prefix))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError(bench + " printed no summary line;"
                        + " see " + output));
        return parse(line);
    }

    static Map<String, String> parse(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.split(" ")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }
}
