package com.boxoffice.node.apikey;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;

/**
 * Real Hazelcast members for tests: TCP-IP join on 127.0.0.1, free ports, a random cluster.
 */
final class TestMembers {

    private final String clusterName = "apikey-" + UUID.randomUUID();
    private Integer firstPort;

    HazelcastInstance start() {
        int port = freePort();
        int seed = firstPort == null ? port : firstPort;
        if (firstPort == null) {
            firstPort = port;
        }
        return Hazelcast.newHazelcastInstance(config(port, seed));
    }

    private Config config(int port, int seedPort) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        var join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + seedPort);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        RequestQuota.configure(config);
        SeatCap.configure(config);
        return config;
    }

    /** A key whose partition the member owns. */
    static String keyOwnedBy(HazelcastInstance member) {
        member.getMap(RequestQuota.MAP_NAME).size();
        while (true) {
            String key = UUID.randomUUID().toString();
            var owner = member.getPartitionService().getPartition(key).getOwner();
            if (owner != null && owner.localMember()) {
                return key;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
