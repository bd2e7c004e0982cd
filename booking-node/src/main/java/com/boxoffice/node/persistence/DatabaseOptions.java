package com.boxoffice.node.persistence;

import com.boxoffice.node.NodeOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the nodes' database is, for the operator's commands: the same options as the node's
 * own, mixed into each command that opens a {@link CommandDatabase}.
 */
public final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The embedded PostgreSQL's files (default ~/.boxoffice/data).")
    Path dataDir;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "An external PostgreSQL.")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "User for --jdbc-url.")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "Password for --jdbc-url.")
    String dbPassword;

    public NodeOptions nodeOptions() {
        NodeOptions options = NodeOptions.defaults();
        if (dataDir != null) {
            options = options.withDataDir(dataDir);
        }
        return options.withDatabase(jdbcUrl, dbUser, dbPassword);
    }
}
