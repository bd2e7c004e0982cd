package com.boxoffice.node.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.boxoffice.node.NodeOptions;
import com.hazelcast.core.HazelcastInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node started without --member is a cluster of its own, even when a member of the same
 * cluster name listens on the same host; it can still be joined by a member that names it.
 */
class ClusterMemberTest {

    private final String cluster = "alone-" + UUID.randomUUID();
    private final int port = ThreadLocalRandom.current().nextInt(31_000, 39_000);
    private final List<HazelcastInstance> started = new ArrayList<>();

    @AfterEach
    void stopMembers() {
        started.forEach(HazelcastInstance::shutdown);
    }

    @Test
    void startsAloneBesideAnotherMemberOfTheSameClusterOnTheSameHost() {
        HazelcastInstance first = start(List.of());
        HazelcastInstance second = start(List.of());

        assertThat(first.getCluster().getMembers()).hasSize(1);
        assertThat(second.getCluster().getMembers()).hasSize(1);
        assertThat(address(second)).isNotEqualTo(address(first));
    }

    @Test
    void letsAMemberThatNamesItJoinIt() {
        HazelcastInstance first = start(List.of());

        HazelcastInstance second = start(List.of("127.0.0.1:" + first.getCluster()
                .getLocalMember().getAddress().getPort()));

        await().until(() -> first.getCluster().getMembers().size() == 2);
        assertThat(second.getCluster().getMembers()).hasSize(2);
    }

    private HazelcastInstance start(List<String> members) {
        // Members of one cluster share an external database; none is opened here.
        NodeOptions options = NodeOptions.defaults()
                .withDatabase("jdbc:postgresql://127.0.0.1:5432/unused", "postgres", null)
                .withCluster(cluster, members)
                .withHazelcastPort(port);
        HazelcastInstance member = ClusterMember.start(options, List.of());
        started.add(member);
        return member;
    }

    private static String address(HazelcastInstance member) {
        return member.getCluster().getLocalMember().getAddress().toString();
    }
}
