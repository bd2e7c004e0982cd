package com.boxoffice.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.boxoffice.node.testing.ApiClient;
import com.boxoffice.node.testing.TestNodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void findsItsDataAgainAfterARestartOnTheSameDataDir() {
        String citiesBefore;
        String moviesBefore;
        try (BookingNode first = BookingNode.start(TestNodes.demoOptions(dataDir))) {
            ApiClient api = new ApiClient(first.baseUrl(), TestNodes.API_KEY);
            citiesBefore = api.get("/api/v1/cities").body();
            long berlin = api.get("/api/v1/cities").json().get(0).path("id").asLong();
            moviesBefore = api.get("/api/v1/cities/" + berlin + "/movies").body();
        }

        try (BookingNode second = BookingNode.start(TestNodes.options(dataDir))) {
            ApiClient api = new ApiClient(second.baseUrl(), TestNodes.API_KEY);
            long berlin = api.get("/api/v1/cities").json().get(0).path("id").asLong();

            assertThat(second.options().demo()).isFalse();
            assertThat(api.get("/api/v1/cities").body()).isEqualTo(citiesBefore);
            assertThat(api.get("/api/v1/cities/" + berlin + "/movies").body())
                    .isEqualTo(moviesBefore);
        }
    }
}
