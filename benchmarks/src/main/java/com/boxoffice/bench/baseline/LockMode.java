package com.boxoffice.bench.baseline;

/** How the baseline claims seat rows: waiting for their locks, or passing over locked ones. */
public enum LockMode {
    FOR_UPDATE("for update"),
    SKIP_LOCKED("for update skip locked");

    private final String clause;

    LockMode(String clause) {
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}
