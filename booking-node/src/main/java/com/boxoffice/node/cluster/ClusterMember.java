package com.boxoffice.node.cluster;

import com.boxoffice.node.NodeOptions;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the node's Hazelcast member: TCP-IP join to the given members, no multicast, no
 * phone-home. Features add their own map configurations before the member starts.
 */
public final class ClusterMember {

    /** Ports tried from --hazelcast-port upwards, so that several nodes fit on one host. */
    static final int PORT_COUNT = 100;

    private static final Logger log = LoggerFactory.getLogger(ClusterMember.class);

    private ClusterMember() {
    }

    public static HazelcastInstance start(NodeOptions options,
                                          List<Consumer<Config>> contributors) {
        Config config = config(options);
        contributors.forEach(contributor -> contributor.accept(config));

        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);

        log.info("Hazelcast member {} joined cluster '{}' at {} ({} members)",
                member.getCluster().getLocalMember().getUuid(), options.clusterName(),
                member.getCluster().getLocalMember().getAddress(),
                member.getCluster().getMembers().size());
        return member;
    }

    /** Starts the member on a thread of its own, so that the caller can boot other parts. */
    public static CompletableFuture<HazelcastInstance> startInBackground(
            NodeOptions options, List<Consumer<Config>> contributors) {
        CompletableFuture<HazelcastInstance> joining = new CompletableFuture<>();
        Thread.ofPlatform().name("member-start").start(() -> {
            try {
                joining.complete(start(options, contributors));
            } catch (Throwable e) {
                joining.completeExceptionally(e);
            }
        });
        return joining;
    }

    /** The member once it has joined; its start's failure is rethrown as it was. */
    public static HazelcastInstance await(CompletableFuture<HazelcastInstance> joining) {
        try {
            return joining.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("Hazelcast member failed to start", e.getCause());
        }
    }

    /** Shuts a member down that is no longer wanted because another part failed to start. */
    public static void abandon(CompletableFuture<HazelcastInstance> joining) {
        joining.handle((member, failure) -> {
            if (member != null) {
                member.shutdown();
            }
            return null;
        }).join();
    }

    static Config config(NodeOptions options) {
        Config config = new Config();
        config.setClusterName(options.clusterName());
        config.setInstanceName("boxoffice-" + options.clusterName() + "-" + System.nanoTime());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        // The node shuts its parts down in order itself (HTTP, then Hazelcast, then database).
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.graceful.shutdown.max.wait", "120");
        // A lone member has nobody to wait for; the default waits seconds before joining.
        String waitBeforeJoin = options.members().isEmpty() ? "0" : "2";
        config.setProperty("hazelcast.wait.seconds.before.join", waitBeforeJoin);

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(options.hazelcastPort())
                .setPortAutoIncrement(true)
                .setPortCount(PORT_COUNT);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        // Without --member the list is empty: the member starts alone and never looks for
        // peers (two demo nodes on one host, each with its own embedded database, must not
        // merge), yet TCP-IP stays on so that members naming it with --member can join it.
        join.getTcpIpConfig().setEnabled(true).setMembers(options.members());
        return config;
    }
}
