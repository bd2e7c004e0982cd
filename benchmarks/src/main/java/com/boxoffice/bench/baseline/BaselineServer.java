package com.boxoffice.bench.baseline;

import com.boxoffice.node.NodeHealth;
import com.boxoffice.node.http.HttpServer;
import com.boxoffice.node.http.SingleKeyCheck;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The baseline server: the node's own HTTP layer (Javalin, the JSON mapping, the key filter)
 * and a connection pool of the node's size, in front of seat rows claimed under row locks.
 *
 * <p>{@code BaselineServer --jdbc-url=URL --http-port=N --mode=FOR_UPDATE|SKIP_LOCKED}; the
 * API key is {@code BOXOFFICE_API_KEY}. Stops on SIGTERM.
 */
public final class BaselineServer {

    /** The booking node's pool size (persistence.Database), so both wait on as many. */
    public static final int POOL_SIZE = 10;

    private BaselineServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        HikariConfig config = new HikariConfig();
        config.setPoolName("baseline");
        config.setJdbcUrl(options.get("jdbc-url"));
        config.setUsername(options.getOrDefault("db-user", "postgres"));
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(2);
        HikariDataSource pool = new HikariDataSource(config);

        LockMode mode = LockMode.valueOf(options.getOrDefault("mode", "FOR_UPDATE"));
        BaselineRoutes routes = new BaselineRoutes(pool, mode, Duration.ofMinutes(5), 10);
        PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        HttpServer http = HttpServer.start(Integer.parseInt(options.get("http-port")),
                new SingleKeyCheck(System.getenv("BOXOFFICE_API_KEY")), List.of(routes),
                new NodeHealth(false), meters);
        System.out.println("baseline " + mode + " listening on port " + http.port());

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.close();
            pool.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, was " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }
}
