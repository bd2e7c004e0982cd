package com.boxoffice.node;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a booking node is started with: the command line's options as one value.
 * A bad value is refused with an {@link IllegalArgumentException} whose message names the option.
 *
 * @param httpPort      0 picks a free port (tests)
 * @param dataDir       where the embedded PostgreSQL keeps its files
 * @param jdbcUrl       an external PostgreSQL; null means the embedded one
 * @param members       other members to join ({@code host:port}); empty for a lone member
 * @param maxOpenReservations open reservations one customer session may have per show
 * @param demoQuota     requests per minute for the demo key; 0 means no quota
 * @param demoApiKey    a key the node accepts (tests set it); null means, with --demo,
 *                      {@code BOXOFFICE_API_KEY} or a random one
 */
public record NodeOptions(boolean demo, int httpPort, Path dataDir, String jdbcUrl, String dbUser,
                          String dbPassword, String clusterName, List<String> members,
                          int hazelcastPort, Duration holdTtl, Duration offerWindow,
                          Duration maxWait, int maxSeats, int maxOpenReservations,
                          int demoQuota, String demoApiKey) {

    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int DEFAULT_HAZELCAST_PORT = 5701;
    public static final String DEFAULT_CLUSTER_NAME = "boxoffice";
    public static final Duration DEFAULT_HOLD_TTL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_OFFER_WINDOW = Duration.ofMinutes(2);
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofHours(1);
    public static final int DEFAULT_MAX_SEATS = 10;
    public static final int DEFAULT_MAX_OPEN_RESERVATIONS = 1;

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
    private static final Pattern MEMBER = Pattern.compile("[^\\s:]+(:\\d{1,5})?");

    public NodeOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        members = List.copyOf(members);
        requireRange("--http-port", httpPort, 0, 65535);
        requireRange("--hazelcast-port", hazelcastPort, 1, 65535);
        requireRange("--max-seats", maxSeats, 1, 1000);
        requireRange("--max-open-reservations", maxOpenReservations, 1, 100);
        requireRange("--demo-quota", demoQuota, 0, Integer.MAX_VALUE);
        requirePositive("--hold-ttl", holdTtl);
        requirePositive("--offer-window", offerWindow);
        requirePositive("--max-wait", maxWait);
        requireText("--cluster-name", clusterName);
        members.forEach(NodeOptions::requireMember);
        if (!members.isEmpty() && jdbcUrl == null) {
            throw new IllegalArgumentException("--member needs --jdbc-url: the members of a cluster"
                    + " must share one PostgreSQL database, and the embedded one is private");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL URL"
                    + " (jdbc:postgresql://host:port/db), was " + jdbcUrl);
        }
    }

    /** A node on its own: embedded PostgreSQL in ~/.boxoffice/data, one member, port 8080. */
    public static NodeOptions defaults() {
        Path dataDir = Path.of(System.getProperty("user.home"), ".boxoffice", "data");
        return new NodeOptions(false, DEFAULT_HTTP_PORT, dataDir, null, null, null,
                DEFAULT_CLUSTER_NAME, List.of(), DEFAULT_HAZELCAST_PORT, DEFAULT_HOLD_TTL,
                DEFAULT_OFFER_WINDOW, DEFAULT_MAX_WAIT, DEFAULT_MAX_SEATS,
                DEFAULT_MAX_OPEN_RESERVATIONS, 0, null);
    }

    public boolean externalDatabase() {
        return jdbcUrl != null;
    }

    /**
     * Reads a duration written as ISO-8601 ({@code PT5M}) or as a number with a unit
     * ({@code 500ms}, {@code 90s}, {@code 5m}, {@code 1h}, {@code 1d}).
     */
    public static Duration parseDuration(String option, String text) {
        String value = text == null ? "" : text.strip();
        Matcher matcher = SHORT_DURATION.matcher(value);
        if (matcher.matches()) {
            return shortDuration(Long.parseLong(matcher.group(1)), matcher.group(2));
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a duration;"
                    + " write it as 90s, 5m, 1h or ISO-8601 such as PT5M");
        }
    }

    private static Duration shortDuration(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    public NodeOptions withDemo(boolean newDemo) {
        return new NodeOptions(newDemo, httpPort, dataDir, jdbcUrl, dbUser, dbPassword, clusterName,
                members, hazelcastPort, holdTtl, offerWindow, maxWait, maxSeats,
                maxOpenReservations, demoQuota, demoApiKey);
    }

    public NodeOptions withHttpPort(int newHttpPort) {
        return new NodeOptions(demo, newHttpPort, dataDir, jdbcUrl, dbUser, dbPassword, clusterName,
                members, hazelcastPort, holdTtl, offerWindow, maxWait, maxSeats,
                maxOpenReservations, demoQuota, demoApiKey);
    }

    public NodeOptions withDataDir(Path newDataDir) {
        return new NodeOptions(demo, httpPort, newDataDir, jdbcUrl, dbUser, dbPassword, clusterName,
                members, hazelcastPort, holdTtl, offerWindow, maxWait, maxSeats,
                maxOpenReservations, demoQuota, demoApiKey);
    }

    public NodeOptions withDatabase(String newJdbcUrl, String newDbUser, String newDbPassword) {
        return new NodeOptions(demo, httpPort, dataDir, newJdbcUrl, newDbUser, newDbPassword,
                clusterName, members, hazelcastPort, holdTtl, offerWindow, maxWait, maxSeats,
                maxOpenReservations, demoQuota, demoApiKey);
    }

    public NodeOptions withCluster(String newClusterName, List<String> newMembers) {
        return new NodeOptions(demo, httpPort, dataDir, jdbcUrl, dbUser, dbPassword, newClusterName,
                newMembers, hazelcastPort, holdTtl, offerWindow, maxWait, maxSeats,
                maxOpenReservations, demoQuota, demoApiKey);
    }

    public NodeOptions withHazelcastPort(int newHazelcastPort) {
        return new NodeOptions(demo, httpPort, dataDir, jdbcUrl, dbUser, dbPassword, clusterName,
                members, newHazelcastPort, holdTtl, offerWindow, maxWait, maxSeats,
                maxOpenReservations, demoQuota, demoApiKey);
    }

    public NodeOptions withTimes(Duration newHoldTtl, Duration newOfferWindow,
                                 Duration newMaxWait) {
        return new NodeOptions(demo, httpPort, dataDir, jdbcUrl, dbUser, dbPassword, clusterName,
                members, hazelcastPort, newHoldTtl, newOfferWindow, newMaxWait, maxSeats,
                maxOpenReservations, demoQuota, demoApiKey);
    }

    public NodeOptions withMaxSeats(int newMaxSeats) {
        return new NodeOptions(demo, httpPort, dataDir, jdbcUrl, dbUser, dbPassword, clusterName,
                members, hazelcastPort, holdTtl, offerWindow, maxWait, newMaxSeats,
                maxOpenReservations, demoQuota, demoApiKey);
    }

    public NodeOptions withMaxOpenReservations(int newMaxOpenReservations) {
        return new NodeOptions(demo, httpPort, dataDir, jdbcUrl, dbUser, dbPassword, clusterName,
                members, hazelcastPort, holdTtl, offerWindow, maxWait, maxSeats,
                newMaxOpenReservations, demoQuota, demoApiKey);
    }

    public NodeOptions withDemoKey(String newDemoApiKey, int newDemoQuota) {
        return new NodeOptions(demo, httpPort, dataDir, jdbcUrl, dbUser, dbPassword, clusterName,
                members, hazelcastPort, holdTtl, offerWindow, maxWait, maxSeats,
                maxOpenReservations, newDemoQuota, newDemoApiKey);
    }

    private static void requireRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    option + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void requirePositive(String option, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    option + " must be a positive duration, was " + value);
        }
    }

    private static void requireText(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " must not be empty");
        }
    }

    private static void requireMember(String member) {
        if (member == null || !MEMBER.matcher(member).matches()) {
            throw new IllegalArgumentException("--member must be HOST or HOST:PORT, was " + member);
        }
    }

    @Override
    public String toString() {
        // The password and the key stay out of logs.
        return "NodeOptions[demo=" + demo + ", httpPort=" + httpPort + ", dataDir=" + dataDir
                + ", jdbcUrl=" + jdbcUrl + ", cluster=" + clusterName + ", members=" + members
                + ", hazelcastPort=" + hazelcastPort + ", holdTtl=" + holdTtl
                + ", offerWindow=" + offerWindow + ", maxWait=" + maxWait
                + ", maxSeats=" + maxSeats + ", maxOpenReservations=" + maxOpenReservations
                + ", demoQuota=" + demoQuota + "]";
    }
}
