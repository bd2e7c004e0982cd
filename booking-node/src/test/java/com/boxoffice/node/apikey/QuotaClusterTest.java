package com.boxoffice.node.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotaClusterTest {

    private static final Instant MINUTE_START = Instant.parse("2026-12-03T10:15:00Z");

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
    class Spend {

        @Test
        void refusesTheRequestPastTheQuotaWhateverMemberCountsIt() {
            String key = UUID.randomUUID().toString();
            List<RequestQuota> quotas = quotasAt(MINUTE_START.plusSeconds(10));

            List<QuotaDecision> decisions = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                decisions.add(quotas.get(i % 2).spend(key, 5));
            }

            assertThat(decisions.subList(0, 5))
                    .allMatch(QuotaDecision.Allowed.class::isInstance);
            assertThat(decisions.get(4)).isEqualTo(new QuotaDecision.Allowed(0));
            assertThat(decisions.get(5)).isEqualTo(new QuotaDecision.OverQuota(5, 50));
        }

        @Test
        void countsEachKeyOnItsOwn() {
            String busy = UUID.randomUUID().toString();
            String quiet = UUID.randomUUID().toString();
            RequestQuota quota = quotasAt(MINUTE_START.plusSeconds(1)).getFirst();
            quota.spend(busy, 1);

            QuotaDecision decision = quota.spend(quiet, 1);

            assertThat(decision).isEqualTo(new QuotaDecision.Allowed(0));
        }

        @Test
        void startsAfreshInTheNextMinute() {
            String key = UUID.randomUUID().toString();
            quotasAt(MINUTE_START.plusSeconds(59)).get(0).spend(key, 1);

            QuotaDecision lastSecond = quotasAt(MINUTE_START.plusMillis(59_999)).get(1)
                    .spend(key, 1);
            QuotaDecision nextMinute = quotasAt(MINUTE_START.plusSeconds(60)).get(1)
                    .spend(key, 1);

            assertThat(lastSecond).isEqualTo(new QuotaDecision.OverQuota(1, 1));
            assertThat(nextMinute).isEqualTo(new QuotaDecision.Allowed(0));
        }

        @Test
        void keepsTheCountWhenTheMemberOwningItLeaves() {
            HazelcastInstance third = members.start();
            await().until(() -> third.getPartitionService().isClusterSafe());
            String key = TestMembers.keyOwnedBy(third);
            RequestQuota viaThird = new RequestQuota(third, clockAt(MINUTE_START));
            for (int i = 0; i < 3; i++) {
                viaThird.spend(key, 3);
            }

            third.shutdown();
            QuotaDecision afterLeaving = quotasAt(MINUTE_START.plusSeconds(30)).get(0)
                    .spend(key, 3);

            assertThat(afterLeaving).isEqualTo(new QuotaDecision.OverQuota(3, 30));
        }
    }

    private List<RequestQuota> quotasAt(Instant now) {
        return List.of(new RequestQuota(first, clockAt(now)),
                new RequestQuota(second, clockAt(now)));
    }

    private static Clock clockAt(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
