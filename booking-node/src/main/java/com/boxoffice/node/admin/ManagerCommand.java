package com.boxoffice.node.admin;

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
 * {@code booking-node manager create|list|remove}: the operator's commands for the accounts
 * that cinema managers sign in with, run against the same database as the nodes.
 */
@Command(name = "manager", mixinStandardHelpOptions = true, usageHelpWidth = 100,
        description = "Create, list and remove the accounts cinema managers sign in with.",
        subcommands = {ManagerCommand.Create.class, ManagerCommand.ListManagers.class,
                ManagerCommand.Remove.class})
public final class ManagerCommand {

    /** Exit code when the manager to remove does not exist. */
    static final int NO_SUCH_MANAGER = 1;

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a manager with a random password; it is shown once and only"
                    + " a salted hash of it is stored.")
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Option(names = "--name", required = true, description = "The name to sign in with.")
        String name;

        @Override
        public Integer call() {
            ManagerStore.IssuedPassword issued;
            try (CommandDatabase opened = CommandDatabase.open(database.nodeOptions())) {
                issued = store(opened).create(name);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("booking-node: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return BookingNodeMain.BAD_OPTIONS;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created manager " + issued.manager().id() + " \""
                    + issued.manager().name() + "\".");
            out.println("The password is shown only now; hand it over safely:");
            out.println(issued.password());
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every manager, never a password.")
    static final class ListManagers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            List<ManagerSummary> managers;
            try (CommandDatabase opened = CommandDatabase.open(database.nodeOptions())) {
                managers = store(opened).list();
            }
            PrintWriter out = spec.commandLine().getOut();
            String row = "%-17s %-30s %s%n";
            out.printf(row, "ID", "NAME", "CREATED");
            managers.forEach(manager -> out.printf(row, manager.id(), manager.name(),
                    TIME.format(manager.createdAt())));
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a manager; sessions already open end within eight hours.")
    static final class Remove implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Parameters(paramLabel = "NAME", description = "The manager's name, as list shows it.")
        String name;

        @Override
        public Integer call() {
            Optional<ManagerSummary> removed;
            try (CommandDatabase opened = CommandDatabase.open(database.nodeOptions())) {
                removed = store(opened).remove(name);
            }
            if (removed.isEmpty()) {
                spec.commandLine().getErr().println("booking-node: no manager " + name);
                spec.commandLine().getErr().flush();
                return NO_SUCH_MANAGER;
            }
            spec.commandLine().getOut().println("Removed manager " + removed.get().id() + ".");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private static ManagerStore store(CommandDatabase database) {
        return new ManagerStore(database.transactions(), Clock.systemUTC());
    }
}
