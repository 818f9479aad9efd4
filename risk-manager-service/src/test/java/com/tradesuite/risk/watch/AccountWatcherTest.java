package com.tradesuite.risk.watch;

import static com.tradesuite.risk.watch.BrokerFacts.ENTRY_COID;
import static com.tradesuite.risk.watch.BrokerFacts.ENTRY_ID;
import static com.tradesuite.risk.watch.BrokerFacts.SIGNAL;
import static com.tradesuite.risk.watch.BrokerFacts.STOP_LEG;
import static com.tradesuite.risk.watch.BrokerFacts.T0;
import static com.tradesuite.risk.watch.BrokerFacts.TP_LEG;
import static com.tradesuite.risk.watch.BrokerFacts.brokerOrder;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.model.TradeUpdateEvent;
import com.tradesuite.risk.RecordingLog;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderReplaced;
import com.tradesuite.schemas.event.Side;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Broker trade updates become orders/fills events once, with deterministic ids, whatever the stream repeats. */
class AccountWatcherTest {

    private final RiskState state = new RiskState();
    private final RecordingLog log = new RecordingLog(state);
    private final AtomicInteger audits = new AtomicInteger();
    private Order replacementAtBroker;

    private final AccountWatcher watcher = new AccountWatcher(new TradeUpdateTranslator(),
            new LogWatchContextStub(), state, log, audits::incrementAndGet, () -> { }, symbol -> true);

    @Test
    void aNewBracketAnnouncesTheEntryAndBothHeldLegsNamingTheirParent() {
        state.apply(BrokerFacts.entryIntent());

        watcher.onUpdate(update(TradeUpdateEvent.NEW, entryWithLegs(OrderStatus.NEW, "0", null), null));

        List<EventEnvelope<?>> written = log.appended().stream().map(RecordingLog.Appended::envelope).toList();
        assertThat(written).extracting(EventEnvelope::eventId).containsExactly("order:E1:new", "order:L1:held",
                "order:L2:held");
        assertThat(written).allSatisfy(envelope -> {
            assertThat(envelope.correlationId()).isEqualTo(SIGNAL);
            assertThat(envelope.occurredAt()).isEqualTo(T0.plusSeconds(1));
        });
        OrderAccepted stop = (OrderAccepted) written.get(2).payload();
        assertThat(stop.parentOrderId()).isEqualTo(ENTRY_ID);
        assertThat(stop.stopPrice()).isEqualByComparingTo("95");
        assertThat(stop.status()).isEqualTo("held");
        assertThat(audits).hasValue(1);
    }

    @Test
    void anInstanceAppendsOnlyTheFactsOfSymbolsInItsOwnPartitions() {
        OwnedSymbols owned = new OwnedSymbols(6);
        AccountWatcher partitioned = new AccountWatcher(new TradeUpdateTranslator(), new LogWatchContextStub(),
                state, log, audits::incrementAndGet, () -> { }, owned);
        state.apply(BrokerFacts.entryIntent());
        TradeUpdate fill = update(TradeUpdateEvent.FILL, entryWithLegs(OrderStatus.FILLED, "10", "100"), "x-1");
        int home = owned.partitionOf(fill.order().symbol());

        owned.assign(Set.of((home + 1) % 6, (home + 2) % 6));
        partitioned.onUpdate(fill);
        assertThat(log.payloads()).as("another instance's symbol").isEmpty();

        owned.revoke();
        partitioned.onUpdate(fill);
        assertThat(log.payloads()).as("nothing while rebalancing").isEmpty();

        owned.assign(Set.of(home));
        partitioned.onUpdate(fill);
        assertThat(log.payloads()).singleElement().isInstanceOf(OrderFilled.class);
    }

    @Test
    void aFillIsAppendedOnceWhenTheStreamRepeatsIt() {
        state.apply(BrokerFacts.entryIntent());
        TradeUpdate fill = update(TradeUpdateEvent.FILL, entryWithLegs(OrderStatus.FILLED, "10", "100"), "x-1");

        watcher.onUpdate(fill);
        watcher.onUpdate(fill);

        assertThat(log.payloads()).singleElement().isInstanceOfSatisfying(OrderFilled.class, logged -> {
            assertThat(logged.executionId()).isEqualTo("x-1");
            assertThat(logged.qty()).isEqualByComparingTo("10");
            assertThat(logged.price()).isEqualByComparingTo("100");
            assertThat(logged.positionQtyAfter()).isEqualByComparingTo("10");
        });
        assertThat(log.appended().get(0).envelope().eventId()).isEqualTo("fill:x-1");
    }

    @Test
    void afterARestartTheCatchUpDoesNotRepeatWhatTheLogHolds() {
        // The log of the previous run: the bracket, its legs and the entry's fill.
        BrokerFacts.protectedPosition().forEach(state::apply);

        // The restart's REST catch-up rebuilds the same facts with derived execution ids.
        Order filledEntry = entryWithLegs(OrderStatus.FILLED, "10", "100");
        watcher.onUpdate(new TradeUpdate(TradeUpdateEvent.NEW, null, filledEntry, null, null, null, T0, true));
        watcher.onUpdate(new TradeUpdate(TradeUpdateEvent.FILL, "catchup:E1:10", filledEntry, dec("100"),
                dec("10"), null, T0, true));

        assertThat(log.appended()).isEmpty();

        // What really happened while it was down is appended: the stop leg filled at 94.
        Order stopFilled = brokerOrder(STOP_LEG, "sl-1", OrderSide.SELL, OrderType.STOP, OrderClass.BRACKET, "10",
                "10", "94", null, "95", OrderStatus.FILLED, List.of(), null);
        watcher.onUpdate(new TradeUpdate(TradeUpdateEvent.FILL, "catchup:L2:10", stopFilled, dec("94"), dec("10"),
                null, T0.plusSeconds(30), true));

        assertThat(log.payloads()).singleElement().isInstanceOfSatisfying(OrderFilled.class, fill -> {
            assertThat(fill.parentOrderId()).isEqualTo(ENTRY_ID);
            assertThat(fill.side()).isEqualTo(Side.SELL);
            assertThat(fill.positionQtyAfter()).isEqualByComparingTo("0");
        });
        assertThat(log.appended().get(0).envelope().correlationId()).isEqualTo(SIGNAL);
    }

    @Test
    void aCatchUpShowingAnOrderFilledThatTheLogLacksAppendsItsFill() {
        // The stream's catch-up announced the order only as "new" although it already filled while we were away.
        Order filled = brokerOrder("M1", "manual-1", OrderSide.BUY, OrderType.MARKET, OrderClass.SIMPLE, "5", "5",
                "50", null, null, OrderStatus.FILLED, List.of(), null);
        TradeUpdate rebuilt = new TradeUpdate(TradeUpdateEvent.NEW, null, filled, null, null, null, T0, true);

        watcher.onUpdate(rebuilt);
        watcher.onUpdate(new TradeUpdate(TradeUpdateEvent.FILL, "catchup:M1:5", filled, dec("50"), dec("5"), null,
                T0, true));

        assertThat(log.appended()).extracting(appended -> appended.envelope().eventId())
                .containsExactly("order:M1:new", "fill:catchup:M1:5");
        assertThat(log.payloads().get(1)).isInstanceOfSatisfying(OrderFilled.class, fill -> {
            assertThat(fill.qty()).isEqualByComparingTo("5");
            assertThat(fill.price()).isEqualByComparingTo("50");
            assertThat(fill.partial()).isFalse();
        });
    }

    @Test
    void aReplacementNamesTheNewOrderAsTheBrokerReportsIt() {
        BrokerFacts.protectedPosition().forEach(state::apply);
        replacementAtBroker = brokerOrder("L3", "trail-1", OrderSide.SELL, OrderType.STOP, OrderClass.BRACKET, "10",
                "0", null, null, "97", OrderStatus.HELD, List.of(), null);
        Order replaced = brokerOrder(STOP_LEG, "sl-1", OrderSide.SELL, OrderType.STOP, OrderClass.BRACKET, "10",
                "0", null, null, "95", OrderStatus.REPLACED, List.of(), "L3");

        watcher.onUpdate(update(TradeUpdateEvent.REPLACED, replaced, null));

        assertThat(log.payloads()).singleElement().isInstanceOfSatisfying(OrderReplaced.class, event -> {
            assertThat(event.replacedByOrderId()).isEqualTo("L3");
            assertThat(event.replacedByClientOrderId()).isEqualTo("trail-1");
            assertThat(event.newStopPrice()).isEqualByComparingTo("97");
        });
        assertThat(state.orderByBrokerId("L3")).map(order -> order.stopPrice())
                .hasValueSatisfying(stop -> assertThat(stop).isEqualByComparingTo("97"));
    }

    private static TradeUpdate update(TradeUpdateEvent event, Order order, String executionId) {
        boolean execution = executionId != null;
        return new TradeUpdate(event, executionId, order, execution ? order.filledAvgPrice() : null,
                execution ? order.filledQty() : null, execution ? order.filledQty() : null, T0.plusSeconds(1),
                false);
    }

    private static Order entryWithLegs(OrderStatus status, String filled, String avgPrice) {
        Order takeProfit = brokerOrder(TP_LEG, "tp-1", OrderSide.SELL, OrderType.LIMIT, OrderClass.BRACKET, "10",
                "0", null, "110", null, OrderStatus.HELD, List.of(), null);
        Order stop = brokerOrder(STOP_LEG, "sl-1", OrderSide.SELL, OrderType.STOP, OrderClass.BRACKET, "10", "0",
                null, null, "95", OrderStatus.HELD, List.of(), null);
        return brokerOrder(ENTRY_ID, ENTRY_COID, OrderSide.BUY, OrderType.MARKET, OrderClass.BRACKET, "10", filled,
                avgPrice, null, null, status, List.of(takeProfit, stop), null);
    }

    /** The production context over the state, with the broker's REST answer stubbed. */
    private final class LogWatchContextStub implements WatchContext {
        private final LogWatchContext delegate = new LogWatchContext(state, null);

        @Override
        public Optional<String> loggedParentOf(String brokerOrderId) {
            return delegate.loggedParentOf(brokerOrderId);
        }

        @Override
        public Optional<com.tradesuite.schemas.event.OrderClass> loggedOrderClass(String brokerOrderId) {
            return delegate.loggedOrderClass(brokerOrderId);
        }

        @Override
        public Optional<String> correlationFor(String clientOrderId, String brokerOrderId, String parentOrderId) {
            return delegate.correlationFor(clientOrderId, brokerOrderId, parentOrderId);
        }

        @Override
        public boolean isTerminal(String brokerOrderId) {
            return delegate.isTerminal(brokerOrderId);
        }

        @Override
        public BigDecimal loggedCumulativeQty(String brokerOrderId) {
            return delegate.loggedCumulativeQty(brokerOrderId);
        }

        @Override
        public BigDecimal loggedPositionQty(String symbol) {
            return delegate.loggedPositionQty(symbol);
        }

        @Override
        public Optional<String> pendingReplacementClientOrderId(String brokerOrderId) {
            return delegate.pendingReplacementClientOrderId(brokerOrderId);
        }

        @Override
        public Optional<Order> brokerOrder(String brokerOrderId) {
            return Optional.ofNullable(replacementAtBroker).filter(order -> order.id().equals(brokerOrderId));
        }
    }
}
