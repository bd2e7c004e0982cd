package com.boxoffice.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BookingNodeMainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<NodeOptions> started = new ArrayList<>();

    private int run(String... args) {
        return BookingNodeMain.execute(args, new PrintWriter(out), new PrintWriter(err),
                started::add);
    }

    @Nested
    class Defaults {

        @Test
        void startsAloneOnPort8080WithEmbeddedDatabase() {
            int exitCode = run();

            assertThat(exitCode).isZero();
            NodeOptions options = started.getFirst();
            assertThat(options.httpPort()).isEqualTo(8080);
            assertThat(options.externalDatabase()).isFalse();
            assertThat(options.members()).isEmpty();
            assertThat(options.holdTtl()).isEqualTo(Duration.ofMinutes(5));
            assertThat(options.offerWindow()).isEqualTo(Duration.ofMinutes(2));
            assertThat(options.maxWait()).isEqualTo(Duration.ofHours(1));
            assertThat(options.maxSeats()).isEqualTo(10);
            assertThat(options.maxOpenReservations()).isEqualTo(1);
            assertThat(options.dataDir().endsWith(Path.of(".boxoffice", "data"))).isTrue();
        }
    }

    @Nested
    class Parsing {

        @Test
        void readsEveryOption() {
            int exitCode = run("--demo", "--http-port", "0", "--data-dir", "/tmp/x",
                    "--jdbc-url", "jdbc:postgresql://db:5432/boxoffice", "--db-user", "box",
                    "--db-password", "pw", "--cluster-name", "berlin", "--member", "10.0.0.1:5701",
                    "--member", "10.0.0.2", "--hazelcast-port", "5801", "--hold-ttl", "90s",
                    "--offer-window", "PT1M", "--max-wait", "2h", "--max-seats", "6",
                    "--max-open-reservations", "3", "--demo-quota", "120");

            assertThat(exitCode).isZero();
            NodeOptions options = started.getFirst();
            assertThat(options.demo()).isTrue();
            assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/x"));
            assertThat(options.members()).containsExactly("10.0.0.1:5701", "10.0.0.2");
            assertThat(options.holdTtl()).isEqualTo(Duration.ofSeconds(90));
            assertThat(options.offerWindow()).isEqualTo(Duration.ofMinutes(1));
            assertThat(options.maxWait()).isEqualTo(Duration.ofHours(2));
            assertThat(options.maxOpenReservations()).isEqualTo(3);
            assertThat(options.demoQuota()).isEqualTo(120);
        }

        @Test
        void refusesABadDurationOnOneLineWithExitCode2() {
            int exitCode = run("--hold-ttl", "five minutes");

            assertThat(exitCode).isEqualTo(2);
            assertThat(started).isEmpty();
            assertThat(err.toString().strip()).doesNotContain("\n")
                    .contains("--hold-ttl").contains("not a duration");
        }

        @Test
        void refusesMemberWithoutJdbcUrlOnOneLine() {
            int exitCode = run("--member", "10.0.0.1:5701");

            assertThat(exitCode).isEqualTo(2);
            assertThat(started).isEmpty();
            assertThat(err.toString().strip()).doesNotContain("\n")
                    .contains("--member needs --jdbc-url");
        }

        @Test
        void refusesAPortOutOfRange() {
            int exitCode = run("--http-port", "70000");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("--http-port");
        }

        @Test
        void saysOnOneLineWhyTheNodeCouldNotStart() {
            int exitCode = BookingNodeMain.execute(new String[0], new PrintWriter(out),
                    new PrintWriter(err), options -> {
                        throw new IllegalStateException("Port 8080 is already in use");
                    });

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString().strip()).doesNotContain("\n")
                    .isEqualTo("booking-node: could not start: Port 8080 is already in use");
        }

        @Test
        void refusesAnUnknownOption() {
            int exitCode = run("--colour", "blue");

            assertThat(exitCode).isEqualTo(2);
            assertThat(err.toString()).contains("--colour");
        }
    }

    @Nested
    class Durations {

        @Test
        void readsShortAndIsoForms() {
            assertThat(NodeOptions.parseDuration("--x", "500ms")).isEqualTo(Duration.ofMillis(500));
            assertThat(NodeOptions.parseDuration("--x", "5m")).isEqualTo(Duration.ofMinutes(5));
            assertThat(NodeOptions.parseDuration("--x", "1h")).isEqualTo(Duration.ofHours(1));
            assertThat(NodeOptions.parseDuration("--x", "PT30S")).isEqualTo(Duration.ofSeconds(30));
        }
    }
}
