package com.boxoffice.kiosk.config;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KioskCommandTest {

    @TempDir
    Path folder;

    private KioskConfig parse(Map<String, String> environment, String... args) {
        CommandLine line = new CommandLine(new KioskCommand(environment));
        line.setErr(new PrintWriter(new StringWriter()));
        int exit = line.execute(args);
        assertThat(exit).as("exit code").isZero();
        return line.getExecutionResult();
    }

    private int exitCode(String... args) {
        CommandLine line = new CommandLine(new KioskCommand(Map.of()));
        line.setErr(new PrintWriter(new StringWriter()));
        return line.execute(args);
    }

    @Nested
    class NodeAddresses {

        @Test
        void takesSeveralNodesInFailoverOrder() {
            KioskConfig config = parse(Map.of(),
                    "--node-url", "http://10.0.0.1:8080, http://10.0.0.2:8080", "--api-key", "k");

            assertThat(config.nodeUrls()).containsExactly(URI.create("http://10.0.0.1:8080"),
                    URI.create("http://10.0.0.2:8080"));
        }

        @Test
        void refusesAnAddressThatIsNotHttp() {
            int exit = exitCode("--node-url", "ftp://10.0.0.1");

            assertThat(exit).isNotZero();
        }
    }

    @Nested
    class ApiKey {

        @Test
        void fallsBackToTheEnvironment() {
            KioskConfig config = parse(Map.of("BOXOFFICE_API_KEY", "from-env"));

            assertThat(config.apiKey()).isEqualTo("from-env");
        }

        @Test
        void prefersTheCommandLineToTheEnvironment() {
            KioskConfig config = parse(Map.of("BOXOFFICE_API_KEY", "from-env"),
                    "--api-key", "from-line");

            assertThat(config.apiKey()).isEqualTo("from-line");
        }
    }

    @Nested
    class ConfigFile {

        @Test
        void readsEveryKioskSetting() throws IOException {
            Path file = folder.resolve("kiosk.properties");
            Files.writeString(file, """
                    node.url=http://a:8080,http://b:8080
                    api.key=from-file
                    kiosk.city=Berlin
                    idle.seconds=45
                    """);

            KioskConfig config = parse(Map.of("BOXOFFICE_API_KEY", "from-env"),
                    "--config", file.toString());

            assertThat(config.nodeUrls()).hasSize(2);
            assertThat(config.apiKey()).isEqualTo("from-file");
            assertThat(config.preselectedCity()).contains("Berlin");
            assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(45));
        }

        @Test
        void givesWayToTheCommandLine() throws IOException {
            Path file = folder.resolve("kiosk.properties");
            Files.writeString(file, "idle.seconds=45\n");

            KioskConfig config = parse(Map.of(), "--config", file.toString(),
                    "--idle-seconds", "20");

            assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(20));
        }

        @Test
        void refusesAnIdleTimeThatIsNotANumber() throws IOException {
            Path file = folder.resolve("kiosk.properties");
            Files.writeString(file, "idle.seconds=soon\n");

            int exit = exitCode("--config", file.toString());

            assertThat(exit).isNotZero();
        }
    }

    @Test
    void defaultsToALocalNodeAndNinetySecondsIdle() {
        KioskConfig config = parse(Map.of());

        assertThat(config.nodeUrls()).containsExactly(URI.create("http://127.0.0.1:8080"));
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.preselectedCity()).isEmpty();
    }
}
