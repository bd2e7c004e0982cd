package com.boxoffice.node;

import com.boxoffice.node.admin.ManagerCommand;
import com.boxoffice.node.apikey.ApiKeyCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The booking node's command line: reads the options, starts a node and keeps it running until
 * the process is told to stop (SIGTERM or Ctrl-C), then shuts it down gracefully.
 */
@Command(name = "booking-node", mixinStandardHelpOptions = true, version = "Boxoffice booking node",
        sortOptions = false, usageHelpWidth = 100,
        description = "Runs a Boxoffice booking node: a Hazelcast member serving the HTTP API.",
        subcommands = {ApiKeyCommand.class, ManagerCommand.class})
public final class BookingNodeMain implements Callable<Integer> {

    /** The exit code for bad options, as picocli and most Unix tools use it. */
    public static final int BAD_OPTIONS = 2;

    /** The exit code when the node could not start, for example its port was taken. */
    public static final int START_FAILED = 1;

    private static final Logger log = LoggerFactory.getLogger(BookingNodeMain.class);

    @Option(names = "--demo", description = "Load the demo catalog and create a demo API key and manager.")
    boolean demo;

    @Option(names = "--http-port", paramLabel = "N",
            description = "HTTP port (default 8080; 0 = any free port).")
    int httpPort = NodeOptions.DEFAULT_HTTP_PORT;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded PostgreSQL's files (default ~/.boxoffice/data).")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "Use this external PostgreSQL.")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "User for --jdbc-url.")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "Password for --jdbc-url.")
    String dbPassword;

    @Option(names = "--cluster-name", paramLabel = "NAME",
            description = "Hazelcast cluster name (default boxoffice).")
    String clusterName = NodeOptions.DEFAULT_CLUSTER_NAME;

    @Option(names = "--member", paramLabel = "HOST:PORT",
            description = "Another member to join; repeatable. Needs --jdbc-url.")
    List<String> members = new ArrayList<>();

    @Option(names = "--hazelcast-port", paramLabel = "N",
            description = "First Hazelcast port tried (default 5701).")
    int hazelcastPort = NodeOptions.DEFAULT_HAZELCAST_PORT;

    @Option(names = "--hold-ttl", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a hold lasts (default 5m).")
    Duration holdTtl = NodeOptions.DEFAULT_HOLD_TTL;

    @Option(names = "--offer-window", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a waiter's offer stands (default 2m).")
    Duration offerWindow = NodeOptions.DEFAULT_OFFER_WINDOW;

    @Option(names = "--max-wait", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a customer may wait on the waiting list (default 1h).")
    Duration maxWait = NodeOptions.DEFAULT_MAX_WAIT;

    @Option(names = "--max-seats", paramLabel = "N",
            description = "Most seats in one hold (default 10).")
    int maxSeats = NodeOptions.DEFAULT_MAX_SEATS;

    @Option(names = "--max-open-reservations", paramLabel = "N",
            description = "Open reservations one customer session may have per show (default 1).")
    int maxOpenReservations = NodeOptions.DEFAULT_MAX_OPEN_RESERVATIONS;

    @Option(names = "--demo-quota", paramLabel = "N",
            description = "Requests per minute for the demo key (default: no quota).")
    int demoQuota;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Consumer<NodeOptions> runner = BookingNodeMain::runUntilStopped;

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int exitCode = execute(args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), BookingNodeMain::runUntilStopped);
        System.exit(exitCode);
    }

    /**
     * Parses the arguments and hands the options to the runner; answers the exit code. A bad
     * option is reported on one line of {@code err} with exit code 2.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err,
                              Consumer<NodeOptions> runner) {
        BookingNodeMain command = new BookingNodeMain();
        command.runner = runner;
        return new CommandLine(command)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, arguments) -> refuse(err, e.getMessage()))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof IllegalArgumentException) {
                        // A subcommand's value that picocli could not check itself.
                        return refuse(err, e.getMessage());
                    }
                    // The cause with its stack trace is already in the log.
                    err.println("booking-node: could not start: " + rootMessage(e));
                    err.flush();
                    return START_FAILED;
                })
                .execute(args);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.toString();
        return failure == root || failure.getMessage() == null
                ? message : failure.getMessage() + " (" + message + ")";
    }

    private static int refuse(PrintWriter err, String message) {
        err.println("booking-node: " + message);
        err.flush();
        return BAD_OPTIONS;
    }

    @Override
    public Integer call() {
        NodeOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            return refuse(spec.commandLine().getErr(), e.getMessage());
        }
        runner.accept(options);
        return 0;
    }

    NodeOptions options() {
        NodeOptions defaults = NodeOptions.defaults();
        return new NodeOptions(demo, httpPort, dataDir == null ? defaults.dataDir() : dataDir,
                jdbcUrl, dbUser, dbPassword, clusterName, members, hazelcastPort, holdTtl,
                offerWindow, maxWait, maxSeats, maxOpenReservations, demoQuota, null);
    }

    /**
     * Starts the node and waits for SIGTERM. The hook is in place before the start, so that a
     * node told to stop while starting finishes starting and then shuts down in order.
     */
    private static void runUntilStopped(NodeOptions options) {
        CompletableFuture<BookingNode> started = new CompletableFuture<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Shutdown requested");
            started.handle((node, failure) -> {
                if (node != null) {
                    node.close();
                }
                return null;
            }).join();
            stopped.countDown();
        }, "booking-node-shutdown"));
        try {
            started.complete(BookingNode.start(options));
        } catch (RuntimeException | Error e) {
            started.completeExceptionally(e);
            throw e;
        }
        announce(started.join());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Prints where the node listens, and a random demo key once, since nobody else knows it. */
    private static void announce(BookingNode node) {
        System.out.println("Booking node listening on " + node.baseUrl());
        String fromEnvironment = System.getenv(BookingNode.API_KEY_ENVIRONMENT);
        boolean randomKey = node.demoApiKey() != null
                && (fromEnvironment == null || !node.demoApiKey().equals(fromEnvironment.strip()));
        if (randomKey) {
            System.out.println("Demo API key (shown once): " + node.demoApiKey());
        }
        System.out.flush();
    }

    /** Reads --hold-ttl and friends: ISO-8601 (PT5M) or 90s, 5m, 1h. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

        @Override
        public Duration convert(String value) {
            try {
                return NodeOptions.parseDuration("duration", value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration;"
                        + " write it as 90s, 5m, 1h or ISO-8601 such as PT5M");
            }
        }
    }
}
