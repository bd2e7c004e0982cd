package com.boxoffice.node.apikey;

import com.boxoffice.node.BookingNodeMain;
import com.boxoffice.node.persistence.CommandDatabase;
import com.boxoffice.node.persistence.DatabaseOptions;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code booking-node api-key create|list|revoke}: the operator's commands for API keys, run
 * against the same database as the nodes.
 */
@Command(name = "api-key", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = "Create, list and revoke the API keys that clients call the API with.",
        subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.ListKeys.class,
                ApiKeyCommand.Revoke.class})
public final class ApiKeyCommand {

    /** Exit code when the key to revoke does not exist. */
    static final int NO_SUCH_KEY = 1;

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a key; it is shown once and only its SHA-256 hash is stored.")
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--name", required = true, description = "What the key is for.")
        String name;

        @Option(names = "--owner", required = true, description = "Who answers for the key.")
        String owner;

        @Option(names = "--quota", paramLabel = "N",
                description = "Requests per minute, shared by all members (default: none).")
        Integer quota;

        @Option(names = "--seat-cap", paramLabel = "N",
                description = "Most seats the key may hold at once (default: none).")
        Integer seatCap;

        @Override
        public Integer call() {
            KeyTerms terms;
            try {
                terms = new KeyTerms(name, owner, quota, seatCap);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("booking-node: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return BookingNodeMain.BAD_OPTIONS;
            }
            try (CommandDatabase keys = CommandDatabase.open(database.nodeOptions())) {
                IssuedKey issued = store(keys).create(terms);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Created API key " + issued.summary().id() + " (" + describe(terms)
                        + ").");
                out.println("The key is shown only now; store it safely:");
                out.println(issued.key());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every key with its owner, quota, seat cap and state.")
    static final class ListKeys implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            List<KeySummary> keys;
            try (CommandDatabase database = CommandDatabase.open(this.database.nodeOptions())) {
                keys = store(database).list();
            }
            PrintWriter out = spec.commandLine().getOut();
            String row = "%-18s %-24s %-20s %-9s %-8s %-17s %s%n";
            out.printf(row, "ID", "NAME", "OWNER", "QUOTA/MIN", "SEAT-CAP", "CREATED", "STATE");
            for (KeySummary key : keys) {
                KeyTerms terms = key.terms();
                out.printf(row, key.id(), terms.name(), terms.owner(), orNone(
                        terms.requestsPerMinute()), orNone(terms.seatCap()),
                        TIME.format(key.createdAt()), key.active() ? "active"
                                : "revoked " + TIME.format(key.revokedAt()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a key; every member refuses it within five seconds.")
    static final class Revoke implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Parameters(paramLabel = "ID", description = "The key's id, as create and list show it.")
        String id;

        @Override
        public Integer call() {
            Optional<KeySummary> revoked;
            try (CommandDatabase keys = CommandDatabase.open(database.nodeOptions())) {
                revoked = store(keys).revoke(id);
            }
            if (revoked.isEmpty()) {
                spec.commandLine().getErr().println("booking-node: no API key " + id);
                spec.commandLine().getErr().flush();
                return NO_SUCH_KEY;
            }
            spec.commandLine().getOut().println("Revoked API key " + id
                    + "; every member refuses it within five seconds.");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private static ApiKeyStore store(CommandDatabase database) {
        return new ApiKeyStore(database.transactions(), Clock.systemUTC());
    }

    private static String describe(KeyTerms terms) {
        return "\"" + terms.name() + "\" for " + terms.owner() + ", quota "
                + (terms.hasQuota() ? terms.requestsPerMinute() + " requests/min" : "none")
                + ", seat cap " + (terms.hasSeatCap() ? terms.seatCap() : "none");
    }

    private static String orNone(Integer value) {
        return value == null ? "-" : value.toString();
    }
}
