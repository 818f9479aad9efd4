package com.tradesuite.risk.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.Position;
import com.tradesuite.risk.RecordingLog;
import com.tradesuite.risk.act.DecisionJournal;
import com.tradesuite.risk.state.RiskState;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReconciliationScheduleTest {

    private final AtomicInteger brokerReads = new AtomicInteger();
    private final RiskState state = new RiskState();
    private final BrokerReconciler reconciler = new BrokerReconciler(state, new CountingAccount(),
            new RecordingLog(state), () -> null, symbol -> true,
            new DecisionJournal((decision, symbol, correlationId, reason) -> { }), Duration.ofMillis(10),
            new SimpleMeterRegistry());
    private final ReconciliationSchedule schedule = new ReconciliationSchedule(reconciler, () -> true,
            Duration.ofHours(1));

    @AfterEach
    void close() {
        schedule.close();
    }

    @Test
    void noReconciliationRunsBeforeTheStreamListens() {
        // given: the actor is active but no stream has listened yet
        // when / then
        assertThat(schedule.ready()).isFalse();
    }

    @Test
    void aReconciliationRequestedWhileTheStreamListensReadsTheBroker() {
        // given
        Object stream = new Object();
        schedule.streamUp(stream);

        // when
        schedule.request("test");

        // then
        await().atMost(Duration.ofSeconds(5)).until(() -> brokerReads.get() > 0);
    }

    @Test
    void aLostStreamStopsReconciliationsUntilAStreamListensAgain() {
        // given
        Object stream = new Object();
        schedule.streamUp(stream);

        // when: the stream drops
        schedule.streamDown(stream);

        // then: a fill missed meanwhile must not be corrected as a manual change
        assertThat(schedule.ready()).isFalse();
        schedule.streamUp(stream);
        assertThat(schedule.ready()).isTrue();
    }

    @Test
    void theOldStreamDisconnectingAfterTheNewOneListensDoesNotStopReconciliations() {
        // given: a rebalance replaced the stream; the new one listens first
        Object oldStream = new Object();
        Object newStream = new Object();
        schedule.streamUp(oldStream);
        schedule.streamUp(newStream);

        // when: the old stream's close arrives late
        schedule.streamDown(oldStream);

        // then
        assertThat(schedule.ready()).isTrue();
    }

    /** An account with nothing in it that counts how often it is read. */
    private final class CountingAccount implements BrokerAccount {
        @Override
        public List<Position> positions() {
            brokerReads.incrementAndGet();
            return List.of();
        }

        @Override
        public List<Order> openOrders() {
            return List.of();
        }

        @Override
        public Instant now() {
            return Instant.parse("2026-12-02T15:00:00Z");
        }
    }
}
