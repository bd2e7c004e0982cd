package com.boxoffice.node.testing;

import com.boxoffice.node.NodeOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Options for a node started inside a test: any free HTTP port, its own cluster name, a
 * Hazelcast port range unlikely to be crowded, and the data directory the test gives.
 */
public final class TestNodes {

    public static final String API_KEY = "test-key-" + UUID.randomUUID();

    private TestNodes() {
    }

    /** A lone node with the demo key {@link #API_KEY} but without loading the demo catalog. */
    public static NodeOptions options(Path dataDir) {
        return NodeOptions.defaults()
                .withHttpPort(0)
                .withDataDir(dataDir)
                .withCluster("test-" + UUID.randomUUID(), List.of())
                .withHazelcastPort(ThreadLocalRandom.current().nextInt(6000, 9000))
                .withDemoKey(API_KEY, 0);
    }

    /** A lone node that loads the demo catalog and accepts {@link #API_KEY}. */
    public static NodeOptions demoOptions(Path dataDir) {
        return options(dataDir).withDemo(true);
    }
}
