package com.boxoffice.kiosk.config;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The kiosk's command line. Options given on the line win over the properties file
 * ({@code node.url}, {@code api.key}, {@code kiosk.city}, {@code idle.seconds},
 * {@code max.seats}); the key falls back to the environment variable BOXOFFICE_API_KEY.
 */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = "The Boxoffice walk-up kiosk: sells seats through the booking nodes.")
public final class KioskCommand implements Callable<KioskConfig> {

    static final String KEY_VARIABLE = "BOXOFFICE_API_KEY";

    @Spec
    private CommandSpec spec;

    @Option(names = "--node-url", paramLabel = "URL[,URL...]",
            description = "Booking node addresses, tried in order when one cannot be reached.")
    private String nodeUrls;

    @Option(names = "--api-key", paramLabel = "KEY", description = "This kiosk's API key.")
    private String apiKey;

    @Option(names = "--config", paramLabel = "FILE", description = "A properties file.")
    private Path configFile;

    @Option(names = "--city", paramLabel = "CITY", description = "City id or name to preselect.")
    private String city;

    @Option(names = "--idle-seconds", paramLabel = "N",
            description = "Seconds without a touch before the kiosk starts over (default 90).")
    private Integer idleSeconds;

    @Option(names = "--max-seats", paramLabel = "N", description = "Most seats per sale (10).")
    private Integer maxSeats;

    @Option(names = "--full-screen", description = "Fill the screen (for the kiosk's own display).")
    private boolean fullScreen;

    private final Map<String, String> environment;

    public KioskCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public KioskConfig call() {
        Properties file = readConfigFile();

        String urls = firstOf(nodeUrls, file.getProperty("node.url"), "http://127.0.0.1:8080");
        String key = firstOf(apiKey, file.getProperty("api.key"), environment.get(KEY_VARIABLE));
        String preselected = firstOf(city, file.getProperty("kiosk.city"), null);
        int idle = number(idleSeconds, file.getProperty("idle.seconds"), 90, "idle.seconds");
        int seats = number(maxSeats, file.getProperty("max.seats"),
                KioskConfig.DEFAULT_MAX_SEATS, "max.seats");

        try {
            return new KioskConfig(parseUrls(urls), key, preselected, Duration.ofSeconds(idle),
                    seats, fullScreen);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Properties readConfigFile() {
        Properties properties = new Properties();
        if (configFile == null) {
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(configFile)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(),
                    "cannot read the config file " + configFile + ": " + e.getMessage());
        }
    }

    private List<URI> parseUrls(String urls) {
        return Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(this::parseUrl)
                .toList();
    }

    private URI parseUrl(String url) {
        URI uri = URI.create(url);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new ParameterException(spec.commandLine(),
                    "a node URL must start with http:// or https://, was " + url);
        }
        return uri;
    }

    private int number(Integer option, String property, int fallback, String name) {
        if (option != null) {
            return option;
        }
        if (property == null || property.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(property.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    name + " must be a whole number, was " + property);
        }
    }

    private static String firstOf(String option, String property, String fallback) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        return fallback;
    }
}
