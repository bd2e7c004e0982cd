package com.boxoffice.node.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.node.BookingNode;
import com.boxoffice.node.BookingNodeMain;
import com.boxoffice.node.http.Json;
import com.boxoffice.node.testing.TestNodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the examples of docs/api.md against a node: each bash block with curl, answered with
 * the status its marker names, and each command line of the console block.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsExamplesTest {

    private static final Path DOC = Path.of("..", "docs", "api.md");
    private static final Pattern BASH_BLOCK = Pattern.compile(
            "(?:<!-- expect: (\\d{3}) -->\\s*\\n)?```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CONSOLE_BLOCK = Pattern.compile("```console\\n(.*?)```",
            Pattern.DOTALL);
    /** Makes every curl of an example print the status on a last line of its own. */
    private static final String PRELUDE = "curl() { command curl -w '\\n%{http_code}' \"$@\"; }\n";

    @TempDir
    static Path dataDir;

    private BookingNode node;
    private String doc;

    @BeforeAll
    void startNodeWithAFewShows() throws IOException {
        node = BookingNode.start(TestNodes.options(dataDir));
        SearchCatalog catalog = new SearchCatalog(node.dataSource());
        long city = catalog.city("Paris");
        long cinema = catalog.cinema(city, "Studio 28", "75018", 48.8843, 2.3333, "Europe/Paris");
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        catalog.show(catalog.movie("Le Fabuleux Destin d'Amélie Poulain", "Comedy", "French"),
                catalog.hall(cinema, "A RRRRRR\nB PPPP"), tomorrow);
        catalog.show(catalog.movie("Dune", "Science Fiction", "English"),
                catalog.hall(cinema, "A RRRRRR"), tomorrow);
        doc = Files.readString(DOC);
    }

    @AfterAll
    void stopNode() {
        node.close();
    }

    @Nested
    class Curl {

        @Test
        void everyExampleAnswersWithTheStatusItsMarkerNames() throws Exception {
            Matcher blocks = BASH_BLOCK.matcher(doc);
            int examples = 0;
            while (blocks.find()) {
                assertThat(blocks.group(1)).as("a status marker before\n" + blocks.group(2))
                        .isNotNull();

                List<String> output = runBash(blocks.group(2));

                assertThat(output.getLast()).as(blocks.group(2) + "\n" + output)
                        .isEqualTo(blocks.group(1));
                Json.mapper().readTree(String.join("\n", output.subList(0, output.size() - 1)));
                examples++;
            }

            assertThat(examples).isGreaterThanOrEqualTo(10);
        }

        @Test
        void theAccentFreeExampleFindsTheAccentedTitle() throws Exception {
            List<String> output = runBash("curl -s -H \"X-Api-Key: $BOXOFFICE_API_KEY\""
                    + " \"$BOXOFFICE_URL/api/v1/search/movies?keyword=amelie\"");

            assertThat(output.getFirst()).contains("Le Fabuleux Destin d'Amélie Poulain");
        }
    }

    @Nested
    class CommandLine {

        @Test
        void everyKeyCommandRunsAgainstTheRunningNodesDatabase() {
            Matcher block = CONSOLE_BLOCK.matcher(doc);
            assertThat(block.find()).isTrue();
            String createdId = null;

            for (String line : block.group(1).lines().toList()) {
                List<String> args = new ArrayList<>(words(line.replaceFirst("^\\$ booking-node ",
                        "")));
                if (args.contains("revoke")) {
                    args.set(args.size() - 1, createdId);
                }
                args.addAll(List.of("--data-dir", dataDir.toString()));
                StringWriter out = new StringWriter();

                int exitCode = BookingNodeMain.execute(args.toArray(String[]::new),
                        new PrintWriter(out), new PrintWriter(new StringWriter()), options -> {
                        });

                assertThat(exitCode).as(line + "\n" + out).isZero();
                if (args.contains("create")) {
                    createdId = out.toString().lines().findFirst().orElseThrow().split(" ")[3];
                }
            }
            assertThat(node.apiKeys().findById(createdId).orElseThrow().active()).isFalse();
        }
    }

    @Nested
    class ManagerCommandLine {

        @Test
        void everyManagerCommandRunsAgainstTheRunningNodesDatabase() {
            Matcher block = CONSOLE_BLOCK.matcher(doc);
            assertThat(block.find() && block.find()).isTrue();
            List<String> lines = block.group(1).lines().toList();

            for (String line : lines) {
                List<String> args = new ArrayList<>(words(line.replaceFirst("^\\$ booking-node ",
                        "")));
                args.addAll(List.of("--data-dir", dataDir.toString()));
                StringWriter out = new StringWriter();

                int exitCode = BookingNodeMain.execute(args.toArray(String[]::new),
                        new PrintWriter(out), new PrintWriter(new StringWriter()), options -> {
                        });

                assertThat(exitCode).as(line + "\n" + out).isZero();
            }
            assertThat(lines).anyMatch(line -> line.contains("manager create"));
            assertThat(node.managers().list()).isEmpty();
        }
    }

    private List<String> runBash(String script) throws IOException, InterruptedException {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", PRELUDE + script)
                .redirectErrorStream(true);
        bash.environment().put("BOXOFFICE_URL", node.baseUrl());
        bash.environment().put("BOXOFFICE_API_KEY", TestNodes.API_KEY);
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output.strip().lines().toList();
    }

    /** Splits a command line into words, keeping "quoted words" together. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line.strip());
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }
}
