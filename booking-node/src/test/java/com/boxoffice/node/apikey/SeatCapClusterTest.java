package com.boxoffice.node.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.boxoffice.node.http.ApiException;
import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeatCapClusterTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:15:00Z");
    private static final Duration HOLD_TTL = Duration.ofMinutes(5);

    private final TestMembers members = new TestMembers();
    private HazelcastInstance first;
    private HazelcastInstance second;

    @BeforeAll
    void startTwoMembers() {
        first = members.start();
        second = members.start();
    }

    @AfterAll
    void stopMembers() {
        second.shutdown();
        first.shutdown();
    }

    @Nested
    class Claim {

        @Test
        void refusesSeatsPastTheCapAcrossMembers() {
            String key = UUID.randomUUID().toString();
            capAt(first, NOW).claim(key, 6, 4).settle("r1", NOW.plus(HOLD_TTL));

            assertThatThrownBy(() -> capAt(second, NOW).claim(key, 6, 3))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.body().error()).isEqualTo("SEAT_CAP_REACHED");
                        assertThat(e.getMessage()).contains("at most 6 seats", "holds 4");
                    });
        }

        @Test
        void admitsSeatsUpToTheCapExactly() {
            String key = UUID.randomUUID().toString();
            capAt(first, NOW).claim(key, 6, 4).settle("r1", NOW.plus(HOLD_TTL));

            capAt(second, NOW).claim(key, 6, 2).settle("r2", NOW.plus(HOLD_TTL));

            assertThat(capAt(first, NOW).heldBy(key)).isEqualTo(6);
        }

        @Test
        void countsNothingForAHoldThatWasRefused() {
            String key = UUID.randomUUID().toString();
            capAt(first, NOW).claim(key, 6, 5).drop();

            capAt(second, NOW).claim(key, 6, 6).settle("r1", NOW.plus(HOLD_TTL));

            assertThat(capAt(first, NOW).heldBy(key)).isEqualTo(6);
        }

        @Test
        void freesTheSeatsOfAReleasedReservation() {
            String key = UUID.randomUUID().toString();
            capAt(first, NOW).claim(key, 6, 6).settle("r1", NOW.plus(HOLD_TTL));

            capAt(second, NOW).release(key, "r1");

            assertThat(capAt(first, NOW).heldBy(key)).isZero();
        }

        @Test
        void freesTheSeatsOfALapsedHold() {
            String key = UUID.randomUUID().toString();
            capAt(first, NOW).claim(key, 6, 6).settle("r1", NOW.plusSeconds(60));

            capAt(second, NOW.plusSeconds(60)).claim(key, 6, 6).settle("r2", NOW.plusSeconds(360));

            assertThat(capAt(first, NOW.plusSeconds(61)).heldBy(key)).isEqualTo(6);
        }

        @Test
        void letsAKeyWithoutCapHoldAnyNumber() {
            String key = UUID.randomUUID().toString();

            capAt(first, NOW).claim(key, null, 1000).settle("r1", NOW.plus(HOLD_TTL));

            assertThat(capAt(first, NOW).heldBy(key)).isZero();
        }
    }

    /** The cap as a member with every key capped at six seats sees it at {@code now}. */
    private static SeatCap capAt(HazelcastInstance member, Instant now) {
        return new SeatCap(member, key -> 6, HOLD_TTL, Clock.fixed(now, ZoneOffset.UTC));
    }
}
