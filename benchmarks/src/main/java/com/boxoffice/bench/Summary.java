package com.boxoffice.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one line a harness ends with: {@code bench=NAME key=value ...}, in the order the values
 * were added, so that docs and CI can read it with a plain split.
 */
public final class Summary {

    private final Map<String, String> values = new LinkedHashMap<>();

    public Summary(String bench) {
        values.put("bench", bench);
    }

    public Summary put(String key, long value) {
        values.put(key, Long.toString(value));
        return this;
    }

    public Summary put(String key, double value) {
        values.put(key, String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value));
        return this;
    }

    public Summary put(String key, String value) {
        values.put(key, value.replace(' ', '_'));
        return this;
    }

    /** Latency percentiles in milliseconds under {@code prefix_p50_ms} and so on. */
    public Summary latencies(String prefix, Latencies latencies) {
        put(prefix + "_p50_ms", latencies.percentileMillis(50));
        put(prefix + "_p99_ms", latencies.percentileMillis(99));
        put(prefix + "_p999_ms", latencies.percentileMillis(99.9));
        return this;
    }

    public String line() {
        StringBuilder line = new StringBuilder();
        values.forEach((key, value) -> {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(key).append('=').append(value);
        });
        return line.toString();
    }

    /** Prints the line on standard output, last, where run.sh and the CI test look for it. */
    public void print() {
        System.out.println(line());
        System.out.flush();
    }
}
