package com.boxoffice.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * A harness's command line: {@code --short} for the CI setting, and {@code --name=value} to
 * override one figure of the workload (documented in docs/benchmarks.md).
 */
public final class BenchArgs {

    private final boolean shortRun;
    private final Map<String, String> overrides = new HashMap<>();

    private BenchArgs(String[] args) {
        boolean isShort = false;
        for (String arg : args) {
            if (arg.equals("--short")) {
                isShort = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                int equals = arg.indexOf('=');
                overrides.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + "; use --short or --name=value");
            }
        }
        this.shortRun = isShort;
    }

    public static BenchArgs parse(String[] args) {
        return new BenchArgs(args);
    }

    public boolean shortRun() {
        return shortRun;
    }

    /** The override if given, else the short or the full figure. */
    public int number(String name, int shortValue, int fullValue) {
        String given = overrides.get(name);
        return given != null ? Integer.parseInt(given) : shortRun ? shortValue : fullValue;
    }

    public String text(String name, String fallback) {
        return overrides.getOrDefault(name, fallback);
    }
}
