package com.tradesuite.risk.reconcile;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.Position;
import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.model.TradeUpdateEvent;
import com.tradesuite.broker.ws.TradeUpdateListener;
import com.tradesuite.domain.reconcile.BrokerHoldings;
import com.tradesuite.domain.reconcile.Difference;
import com.tradesuite.domain.reconcile.DifferenceKind;
import com.tradesuite.domain.reconcile.Reconciliation;
import com.tradesuite.risk.act.DecisionJournal;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.risk.watch.TradeUpdateTranslator;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.PositionReconciled;
import com.tradesuite.schemas.topic.TopicCatalog;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * Makes the log agree with the broker for the owned symbols: a difference read twice, {@code confirmDelay} apart, is
 * explained by appended facts (the unknown open orders as OrderAccepted, then PositionAdopted or PositionReconciled),
 * and the protection audit then protects what the log now holds. One decision line and one metric per difference.
 */
public final class BrokerReconciler {

    private static final Logger LOG = Logger.getLogger(BrokerReconciler.class);
    /** How long the fold gets to show the appended order facts before the position fact follows them. */
    private static final Duration FOLD_DEADLINE = Duration.ofSeconds(5);
    private static final Duration FOLD_POLL = Duration.ofMillis(50);

    private final RiskState state;
    private final BrokerAccount broker;
    private final EventLog log;
    private final Supplier<TradeUpdateListener> watcher;
    private final Predicate<String> owns;
    private final DecisionJournal journal;
    private final Duration confirmDelay;
    private final Map<DifferenceKind, Counter> differences = new LinkedHashMap<>();
    /** The broker's open orders as last read: the unknown ones are adopted from here. */
    private volatile List<Order> lastOpenOrders = List.of();

    /**
     * @param watcher the current account watcher: unknown open orders go through it, as the stream's catch-up would
     *     deliver them, so they get the same deterministic event ids
     */
    public BrokerReconciler(RiskState state, BrokerAccount broker, EventLog log,
                            Supplier<TradeUpdateListener> watcher, Predicate<String> owns, DecisionJournal journal,
                            Duration confirmDelay, MeterRegistry registry) {
        this.state = state;
        this.broker = broker;
        this.log = log;
        this.watcher = watcher;
        this.owns = owns;
        this.journal = journal;
        this.confirmDelay = confirmDelay;
        for (DifferenceKind kind : DifferenceKind.values()) {
            differences.put(kind, Counter.builder("tradesuite.reconciliation.differences")
                    .description("differences between the log and the broker found by reconciliation")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    /** One reconciliation; returns the differences acted on. Never throws: the next one tries again. */
    public List<Difference> reconcile(String why) {
        try {
            Reconciliation.Result first = read();
            if (first.differences().isEmpty()) {
                LOG.debugf("reconciliation (%s): the log agrees with the broker; settling %s", why, first.settling());
                return List.of();
            }
            pause(confirmDelay);
            Reconciliation.Result second = read();
            List<Difference> confirmed = second.differences().stream()
                    .filter(first.differences()::contains).toList();
            for (Difference difference : confirmed) {
                resolve(difference);
            }
            return confirmed;
        } catch (BrokerException e) {
            LOG.warnf("reconciliation (%s) could not read the broker: %s; tried again at the next one", why,
                    e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "reconciliation (%s) failed: %s", why, e.getMessage());
        }
        return List.of();
    }

    private Reconciliation.Result read() {
        List<Order> openOrders = broker.openOrders();
        List<Position> positions = broker.positions();
        lastOpenOrders = openOrders;
        return Reconciliation.compare(state.trading(), holdings(positions, openOrders), owns);
    }

    private void resolve(Difference difference) {
        String symbol = difference.symbol();
        differences.get(difference.kind()).increment();
        journal.decision("reconcile-" + difference.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), symbol,
                null, difference.describe());
        if (!difference.unknownOrderIds().isEmpty()) {
            adoptOrders(symbol, difference.unknownOrderIds());
        }
        Instant observedAt = broker.now();
        Optional<FillEvent> fact = Reconciliation.resolve(difference, state.position(symbol),
                state.snapshot().lastPrice(symbol).orElse(null), observedAt);
        if (fact.isEmpty()) {
            return;
        }
        String eventId = idOf(fact.get());
        if (state.isKnown(eventId)) {
            return;
        }
        EventEnvelope<FillEvent> envelope = EventEnvelope.withId(eventId, fact.get(), symbol,
                TradeUpdateTranslator.SOURCE, observedAt, null, null);
        log.append(TopicCatalog.FILLS, envelope);
        state.markPublished(envelope);
    }

    /** The open orders the log never saw, appended as the stream would have: OrderAccepted with their legs. */
    private void adoptOrders(String symbol, List<String> unknownIds) {
        Set<String> wanted = new HashSet<>(unknownIds);
        TradeUpdateListener listener = watcher.get();
        for (Order root : lastOpenOrders) {
            if (!symbol.equals(root.symbol())) {
                continue;
            }
            boolean involved = wanted.contains(root.id())
                    || root.legs().stream().anyMatch(leg -> wanted.contains(leg.id()));
            if (involved && listener != null) {
                Instant at = root.updatedAt() != null ? root.updatedAt() : root.createdAt();
                listener.onUpdate(new TradeUpdate(TradeUpdateEvent.NEW, null, root, null, null, null, at, true));
            }
        }
        awaitFolded(symbol, wanted);
    }

    private void awaitFolded(String symbol, Set<String> brokerOrderIds) {
        long deadline = System.nanoTime() + FOLD_DEADLINE.toNanos();
        List<String> missing = new ArrayList<>(brokerOrderIds);
        while (!missing.isEmpty() && System.nanoTime() - deadline < 0) {
            missing.removeIf(id -> state.trading().orders().byBrokerOrderId(symbol, id).isPresent());
            if (!missing.isEmpty()) {
                pause(FOLD_POLL);
            }
        }
        if (!missing.isEmpty()) {
            LOG.warnf("%s: orders %s not folded within %s; the position fact follows anyway", symbol, missing,
                    FOLD_DEADLINE);
        }
    }

    private static String idOf(FillEvent fact) {
        if (fact instanceof PositionAdopted adopted) {
            return adopted.reconciliationId();
        }
        return ((PositionReconciled) fact).reconciliationId();
    }

    static BrokerHoldings holdings(List<Position> positions, List<Order> openOrders) {
        Map<String, BrokerHoldings.Holding> bySymbol = new LinkedHashMap<>();
        for (Position position : positions) {
            if (position.symbol() == null || position.qty() == null) {
                continue;
            }
            BigDecimal signed = "short".equalsIgnoreCase(position.side()) ? position.qty().abs().negate()
                    : position.qty();
            bySymbol.put(position.symbol(), new BrokerHoldings.Holding(signed, position.avgEntryPrice()));
        }
        Map<String, List<String>> orders = new LinkedHashMap<>();
        for (Order root : openOrders) {
            addOrder(orders, root);
            root.legs().forEach(leg -> addOrder(orders, leg.symbol() == null ? root.symbol() : leg.symbol(), leg));
        }
        return new BrokerHoldings(bySymbol, orders);
    }

    private static void addOrder(Map<String, List<String>> orders, Order order) {
        addOrder(orders, order.symbol(), order);
    }

    private static void addOrder(Map<String, List<String>> orders, String symbol, Order order) {
        if (symbol != null && order.id() != null && order.status() != null && !order.status().isTerminal()) {
            orders.computeIfAbsent(symbol, key -> new ArrayList<>()).add(order.id());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reconciliation interrupted", e);
        }
    }
}
