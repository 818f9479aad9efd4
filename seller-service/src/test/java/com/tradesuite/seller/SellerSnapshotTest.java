package com.tradesuite.seller;

import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.env;
import static com.tradesuite.seller.SellerScenario.bar;
import static com.tradesuite.seller.SellerScenario.bracketPosition;
import static com.tradesuite.seller.SellerScenario.exit;
import static com.tradesuite.seller.SellerScenario.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.schemas.topic.SymbolPartitioner;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.seller.act.PartialProfitDesk;
import com.tradesuite.seller.act.SellerCore;
import com.tradesuite.seller.api.SellerStateView;
import com.tradesuite.seller.state.SellerState;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.snapshot.SnapshotCodec;
import com.tradesuite.service.snapshot.SnapshotHeader;
import com.tradesuite.service.testkit.FakeBroker;

/** The seller's state of a partition goes through a snapshot's bytes and comes back as it was folded. */
class SellerSnapshotTest {

    private static final int PARTITIONS = 6;
    private static final int AAPL_PARTITION = SymbolPartitioner.partitionOf(SellerScenario.AAPL, PARTITIONS);

    @Test
    void givenAPartitionsSliceWhenRestoredFromItsSnapshotBytesThenTheStateIsTheSame() throws Exception {
        // given a folded position, bars, a requested replace and a losing exit still waiting for its cooldown
        SellerState folded = new SellerState(SellerScenario.settings());
        bracketPosition("95").forEach(folded::apply);
        folded.apply(bar(0, "100"));
        folded.apply(bar(1, "101"));
        folded.apply(env(SellerScenario.AAPL, new OrderReplaceRequested("b-sl", "sl-2", OrderPurpose.TRAILING_STOP, dec("10"),
                null, dec("98"), "trail"), minute(2)));
        folded.apply(exit("x-loss", "-20", minute(3)));

        // when the partition's slice is written as a snapshot and read back into a fresh state
        SellerState restored = new SellerState(SellerScenario.settings());
        restored.restore(((SellerPartitionSnapshots.Slice) throughBytes(snapshots(folded, desk())
                .slice(AAPL_PARTITION))).state());

        // then it is the same state
        assertThat(SellerStateView.of(restored)).isEqualTo(SellerStateView.of(folded));
        assertThat(restored.uncooledLosses()).hasSize(1);
        assertThat(restored.requestedStop("sl-2")).contains(dec("98"));
        assertThat(restored.correlationOf(SellerScenario.ENTRY_ID)).isEqualTo(folded.correlationOf(SellerScenario.ENTRY_ID)).isPresent();
        assertThat(restored.apply(bar(2, "102"))).isEqualTo(folded.apply(bar(2, "102")));
    }

    @Test
    void givenAnotherPartitionsSliceWhenRestoredThenItHoldsNoneOfTheSymbol() throws Exception {
        SellerState folded = new SellerState(SellerScenario.settings());
        bracketPosition("95").forEach(folded::apply);

        SellerState restored = new SellerState(SellerScenario.settings());
        restored.restore(((SellerPartitionSnapshots.Slice) throughBytes(snapshots(folded, desk())
                .slice((AAPL_PARTITION + 1) % PARTITIONS))).state());

        assertThat(SellerStateView.of(restored).trading().holdsNothing()).isTrue();
    }

    @Test
    void givenAHaltFoldedWhenAnyPartitionsSliceIsRestoredThenTheTradingModeComesBackWhole() throws Exception {
        PartialProfitDesk folded = desk();
        folded.fold(new TradingStateChanged("halt-1", 1, TradingStatus.HALTED, "operator halt",
                TradingStateSetBy.OPERATOR, false, null));
        SellerState state = new SellerState(SellerScenario.settings());

        PartialProfitDesk restored = desk();
        SellerPartitionSnapshots target = snapshots(new SellerState(SellerScenario.settings()), restored);
        target.restore(AAPL_PARTITION + 1, throughBytes(snapshots(state, folded).slice((AAPL_PARTITION + 1)
                % PARTITIONS)));

        assertThat(restored.mode()).isEqualTo(folded.mode());
        assertThat(restored.mode().operatorStatus()).isEqualTo(TradingStatus.HALTED);
    }

    private static SellerPartitionSnapshots snapshots(SellerState state, PartialProfitDesk desk) {
        return new SellerPartitionSnapshots(() -> state, () -> desk,
                symbol -> SymbolPartitioner.partitionOf(symbol, PARTITIONS));
    }

    private static PartialProfitDesk desk() {
        return new SellerCore(SellerScenario.settings(), new EventLog() {
            @Override
            public <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope) {
                throw new AssertionError("nothing is appended here");
            }
        }, new FakeBroker()).partials();
    }

    private static Serializable throughBytes(Serializable slice) throws Exception {
        SnapshotHeader header = new SnapshotHeader(1, PARTITIONS, AAPL_PARTITION, Map.of("orders", 1L));
        return SnapshotCodec.decode(SnapshotCodec.encode(header, slice)).slice();
    }
}
