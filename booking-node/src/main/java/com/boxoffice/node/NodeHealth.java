package com.boxoffice.node;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.hazelcast.core.HazelcastInstance;

/**
 * Whether the node may take traffic: it has joined its cluster, its schema is migrated and,
 * with --demo, the demo catalog is loaded. Load balancers and scripts poll it on /health.
 */
public final class NodeHealth {

    private final boolean demoRequired;
    private volatile String schemaVersion;
    private volatile HazelcastInstance member;
    private volatile boolean demoLoaded;

    public NodeHealth(boolean demoRequired) {
        this.demoRequired = demoRequired;
    }

    public void migrated(String version) {
        this.schemaVersion = version;
    }

    public void joined(HazelcastInstance newMember) {
        this.member = newMember;
    }

    public void demoLoaded() {
        this.demoLoaded = true;
    }

    public Report report() {
        HazelcastInstance current = member;
        boolean joined = current != null && current.getLifecycleService().isRunning();
        boolean migrated = schemaVersion != null;
        boolean catalogReady = !demoRequired || demoLoaded;
        boolean up = joined && migrated && catalogReady;
        return new Report(up ? "UP" : "DOWN", joined, schemaVersion,
                demoRequired ? demoLoaded : null);
    }

    /** The body of /health. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Report(String status, boolean joined, String schemaVersion, Boolean demoLoaded) {

        public boolean up() {
            return "UP".equals(status);
        }
    }
}
