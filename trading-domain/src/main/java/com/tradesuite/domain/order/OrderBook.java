package com.tradesuite.domain.order;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

import com.tradesuite.domain.FoldRefusal;
import com.tradesuite.domain.memory.SymbolMaps;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderExpired;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderReplaced;

/**
 * The order fold: every order from its intent to its end, moved only by legal transitions of {@link OrderStatus};
 * intents in flight are visible to every layer. It keeps what is live (open orders, indexed by symbol and by client
 * and broker id) and a bounded memory of each symbol's most recently finished orders, so the cost of an event does
 * not grow with the history. Persistent: {@link #apply} returns a new book that shares structure with this one.
 * Every event names its symbol, so the fold never looks beyond that symbol's orders.
 *
 * @param bySymbol each symbol's orders
 */
public record OrderBook(PMap<String, SymbolOrderBook> bySymbol) implements Serializable {

    /** How many finished orders each symbol remembers for late or duplicate broker events. */
    public static final int FINISHED_REMEMBERED = 64;

    private static final Comparator<TrackedOrder> BY_CREATION =
            Comparator.comparing(TrackedOrder::createdAt).thenComparing(TrackedOrder::clientOrderId);

    private static final OrderBook EMPTY = new OrderBook(HashTreePMap.empty());

    public static OrderBook empty() {
        return EMPTY;
    }

    public static OrderBook of(List<? extends EventEnvelope<?>> events) {
        OrderBook book = empty();
        for (EventEnvelope<?> event : events) {
            book = book.apply(event);
        }
        return book;
    }

    /** Folds one event; a refused or late event leaves the book unchanged (see {@link #applyChecked}). */
    public OrderBook apply(EventEnvelope<?> envelope) {
        return applyChecked(envelope).book();
    }

    /** Folds one event and says why it was refused or ignored, if it was: a service counts and logs refusals. */
    public OrderFoldResult applyChecked(EventEnvelope<?> envelope) {
        Instant at = envelope.occurredAt();
        String symbol = envelope.symbol();
        Object payload = envelope.payload();
        if (payload instanceof OrderIntentRecorded intent) {
            return recordIntent(symbol, intent, at);
        }
        if (payload instanceof OrderAccepted accepted) {
            return accept(symbol, accepted, at);
        }
        if (payload instanceof OrderRejected rejected) {
            return move(find(symbol, rejected.clientOrderId(), null), OrderTransition.REJECT, at, "rejection");
        }
        if (payload instanceof OrderCancelRequested request) {
            return requestCancel(symbol, request, at);
        }
        if (payload instanceof OrderReplaceRequested request) {
            return requestReplace(symbol, request, at);
        }
        if (payload instanceof OrderCanceled canceled) {
            return move(find(symbol, canceled.clientOrderId(), canceled.brokerOrderId()), OrderTransition.CANCEL, at,
                    "cancel");
        }
        if (payload instanceof OrderExpired expired) {
            return move(find(symbol, expired.clientOrderId(), expired.brokerOrderId()), OrderTransition.EXPIRE, at,
                    "expiry");
        }
        if (payload instanceof OrderReplaced replaced) {
            return replace(symbol, replaced, at);
        }
        if (payload instanceof OrderFilled fill) {
            return fill(symbol, fill, at);
        }
        return OrderFoldResult.applied(this);
    }

    /** An open or recently finished order of the symbol, by its client order id. */
    public Optional<TrackedOrder> byClientOrderId(String symbol, String clientOrderId) {
        return clientOrderId == null ? Optional.empty() : symbolBook(symbol).byClientOrderId(clientOrderId);
    }

    /** An open or recently finished order of the symbol, by its broker order id. */
    public Optional<TrackedOrder> byBrokerOrderId(String symbol, String brokerOrderId) {
        return brokerOrderId == null ? Optional.empty() : symbolBook(symbol).byBrokerOrderId(brokerOrderId);
    }

    /** An open or recently finished order of any symbol (looks through every symbol: prefer the symbol's own). */
    public Optional<TrackedOrder> byClientOrderId(String clientOrderId) {
        if (clientOrderId == null) {
            return Optional.empty();
        }
        for (SymbolOrderBook book : bySymbol.values()) {
            Optional<TrackedOrder> order = book.byClientOrderId(clientOrderId);
            if (order.isPresent()) {
                return order;
            }
        }
        return Optional.empty();
    }

    /** An open or recently finished order of any symbol (looks through every symbol: prefer the symbol's own). */
    public Optional<TrackedOrder> byBrokerOrderId(String brokerOrderId) {
        if (brokerOrderId == null) {
            return Optional.empty();
        }
        for (SymbolOrderBook book : bySymbol.values()) {
            Optional<TrackedOrder> order = book.byBrokerOrderId(brokerOrderId);
            if (order.isPresent()) {
                return order;
            }
        }
        return Optional.empty();
    }

    /** Orders of the symbol that are live or about to be (intent recorded), oldest first. */
    public List<TrackedOrder> openOrders(String symbol) {
        return symbolBook(symbol).open().values().stream().sorted(BY_CREATION).toList();
    }

    /** Every open order (live or intent recorded), by symbol then oldest first. */
    public List<TrackedOrder> openOrders() {
        return bySymbol.values().stream().flatMap(book -> book.open().values().stream())
                .sorted(Comparator.comparing(TrackedOrder::symbol).thenComparing(BY_CREATION)).toList();
    }

    /** Orders of the symbol with an intent, cancel or replace the broker has not answered yet. */
    public List<TrackedOrder> inFlight(String symbol) {
        return openOrders(symbol).stream().filter(order -> order.status().isInFlight()).toList();
    }

    /** Entry orders of the symbol that are in flight or working. */
    public List<TrackedOrder> openEntries(String symbol) {
        return openOrders(symbol).stream().filter(order -> order.role() == OrderRole.ENTRY).toList();
    }

    /** Symbols with an entry in flight or working, for the open-position limit. */
    public Set<String> symbolsWithOpenEntries() {
        return bySymbol.entrySet().stream()
                .filter(entry -> entry.getValue().open().values().stream()
                        .anyMatch(order -> order.role() == OrderRole.ENTRY))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** The parent of a leg, if known (a parent finished long ago may be forgotten). */
    public Optional<TrackedOrder> parentOf(TrackedOrder order) {
        return order.parentOrderId() == null ? Optional.empty() : byBrokerOrderId(order.symbol(), order.parentOrderId());
    }

    /**
     * How many root orders of this purpose the symbol recorded since {@code since} (intents and replacements):
     * the attempt number of the next one. Counts reach back to the symbol's latest entry intent.
     */
    public int intentsSince(String symbol, OrderPurpose purpose, Instant since) {
        PVector<Instant> times = symbolBook(symbol).intentTimes().get(purpose);
        if (times == null) {
            return 0;
        }
        int count = 0;
        for (int i = times.size() - 1; i >= 0 && !times.get(i).isBefore(since); i--) {
            count++;
        }
        return count;
    }

    /** Orders held in memory (open plus remembered finished ones): bounded by what is live, not by the history. */
    public int retainedOrders() {
        return bySymbol.values().stream().mapToInt(SymbolOrderBook::retainedOrders).sum();
    }

    /** Intent times held for attempt numbers: bounded by each symbol's current position. */
    public int retainedIntentTimes() {
        return bySymbol.values().stream().mapToInt(SymbolOrderBook::retainedIntentTimes).sum();
    }

    /** Only the symbols {@code keep} accepts. */
    public OrderBook slice(Predicate<String> keep) {
        return new OrderBook(SymbolMaps.slice(bySymbol, keep));
    }

    /** This book with another symbol set's (the other's orders win for a symbol both hold). */
    public OrderBook merge(OrderBook other) {
        return new OrderBook(bySymbol.plusAll(other.bySymbol));
    }

    @Serial
    private Object writeReplace() {
        return new Form(SymbolMaps.plain(bySymbol));
    }

    /** The serialised form: a plain JDK map, rebuilt into a persistent one on read. */
    private record Form(Map<String, SymbolOrderBook> bySymbol) implements Serializable {
        @Serial
        private Object readResolve() {
            return new OrderBook(SymbolMaps.persistent(bySymbol));
        }
    }

    private OrderFoldResult recordIntent(String symbol, OrderIntentRecorded intent, Instant at) {
        if (symbolBook(symbol).byClientOrderId(intent.clientOrderId()).isPresent()) {
            return OrderFoldResult.refused(this, FoldRefusal.Reason.DUPLICATE_INTENT,
                    "intent " + intent.clientOrderId() + " is already recorded");
        }
        OrderRole role = OrderRole.derive(intent.side(), intent.orderType(), intent.orderClass(), false, null);
        TrackedOrder order = new TrackedOrder(symbol, intent.clientOrderId(), null, null, intent.purpose(), role,
                intent.side(), intent.orderType(), intent.orderClass(), intent.qty(), BigDecimal.ZERO,
                intent.limitPrice(), intent.stopPrice(), intent.takeProfitPrice(), intent.stopLossPrice(),
                OrderStatus.INTENT_RECORDED, null, intent.reason(), at, at, null, null, Set.of());
        return OrderFoldResult.applied(with(order).withIntentTime(order));
    }

    private OrderFoldResult accept(String symbol, OrderAccepted accepted, Instant at) {
        Optional<TrackedOrder> parent = accepted.parentOrderId() == null
                ? Optional.empty() : find(symbol, null, accepted.parentOrderId());
        OrderClass parentClass = parent.map(TrackedOrder::orderClass).orElse(null);
        OrderRole role = OrderRole.derive(accepted.side(), accepted.orderType(), accepted.orderClass(),
                accepted.parentOrderId() != null, parentClass);
        Optional<TrackedOrder> known = find(symbol, accepted.clientOrderId(), accepted.brokerOrderId());
        if (known.isEmpty()) {
            // A leg (or an order placed outside the suite): it starts life accepted; a leg acts for its parent.
            TrackedOrder order = new TrackedOrder(symbol, accepted.clientOrderId(), accepted.brokerOrderId(),
                    accepted.parentOrderId(), parent.map(TrackedOrder::purpose).orElse(null), role, accepted.side(),
                    accepted.orderType(), accepted.orderClass(), accepted.qty(), BigDecimal.ZERO,
                    accepted.limitPrice(), accepted.stopPrice(), null, null, OrderStatus.ACCEPTED,
                    accepted.status(), null, at, null, null, null, Set.of());
            return OrderFoldResult.applied(with(order).withIntentTime(order));
        }
        TrackedOrder order = known.get();
        if (!order.status().allows(OrderTransition.ACCEPT)) {
            return notAllowed(order, OrderTransition.ACCEPT);
        }
        TrackedOrder updated = order.accepted(accepted.brokerOrderId(), accepted.parentOrderId(), role,
                accepted.orderClass(), accepted.qty(), accepted.limitPrice(), accepted.stopPrice(),
                accepted.status()).moveTo(order.status().next(OrderTransition.ACCEPT), at);
        return OrderFoldResult.applied(with(updated));
    }

    private OrderFoldResult requestCancel(String symbol, OrderCancelRequested request, Instant at) {
        Optional<TrackedOrder> order = find(symbol, null, request.brokerOrderId());
        if (order.isEmpty()) {
            return unknown(request.brokerOrderId(), "cancel request");
        }
        if (!order.get().status().allows(OrderTransition.REQUEST_CANCEL)) {
            return notAllowed(order.get(), OrderTransition.REQUEST_CANCEL);
        }
        TrackedOrder updated = order.get().moveTo(order.get().status().next(OrderTransition.REQUEST_CANCEL), at)
                .withRequest(request.purpose(), null);
        return OrderFoldResult.applied(with(updated));
    }

    private OrderFoldResult requestReplace(String symbol, OrderReplaceRequested request, Instant at) {
        Optional<TrackedOrder> order = find(symbol, null, request.brokerOrderId());
        if (order.isEmpty()) {
            return unknown(request.brokerOrderId(), "replace request");
        }
        if (!order.get().status().allows(OrderTransition.REQUEST_REPLACE)) {
            return notAllowed(order.get(), OrderTransition.REQUEST_REPLACE);
        }
        TrackedOrder updated = order.get().moveTo(order.get().status().next(OrderTransition.REQUEST_REPLACE), at)
                .withRequest(request.purpose(), request.newClientOrderId());
        return OrderFoldResult.applied(with(updated));
    }

    private OrderFoldResult replace(String symbol, OrderReplaced replaced, Instant at) {
        Optional<TrackedOrder> old = find(symbol, replaced.clientOrderId(), replaced.brokerOrderId());
        if (old.isEmpty()) {
            return unknown(replaced.brokerOrderId(), "replacement");
        }
        if (!old.get().status().allows(OrderTransition.REPLACE)) {
            return notAllowed(old.get(), OrderTransition.REPLACE);
        }
        TrackedOrder successor = old.get().replacement(replaced.replacedByOrderId(),
                replaced.replacedByClientOrderId(), replaced.newQty(), replaced.newLimitPrice(),
                replaced.newStopPrice(), at);
        // Live, the replacement's own events (its fill, on another topic) can be folded before the replace that
        // names it: it then keeps what they did, so the book is the same in either order.
        Optional<TrackedOrder> seenFirst = find(symbol, replaced.replacedByClientOrderId(),
                replaced.replacedByOrderId());
        if (seenFirst.isPresent()) {
            successor = successor.withProgressOf(seenFirst.get());
        }
        return OrderFoldResult.applied(with(old.get().moveTo(OrderStatus.REPLACED, at)).with(successor)
                .withIntentTime(successor));
    }

    private OrderFoldResult fill(String symbol, OrderFilled fill, Instant at) {
        Optional<TrackedOrder> known = find(symbol, fill.clientOrderId(), fill.brokerOrderId());
        TrackedOrder order = known.orElseGet(() -> orderSeenFirstByItsFill(symbol, fill, at));
        if (order.executionIds().contains(fill.executionId())) {
            return OrderFoldResult.applied(this);
        }
        boolean complete = !fill.partial() || fill.cumulativeQty().compareTo(fill.orderQty()) >= 0;
        OrderTransition transition = complete ? OrderTransition.FILL : OrderTransition.PARTIAL_FILL;
        if (!order.status().allows(transition)) {
            return notAllowed(order, transition);
        }
        TrackedOrder updated = order.filled(fill.executionId(), fill.cumulativeQty(), fill.brokerOrderId())
                .moveTo(order.status().next(transition), at);
        return OrderFoldResult.applied(with(updated));
    }

    private TrackedOrder orderSeenFirstByItsFill(String symbol, OrderFilled fill, Instant at) {
        Optional<TrackedOrder> parent = fill.parentOrderId() == null
                ? Optional.empty() : find(symbol, null, fill.parentOrderId());
        OrderClass orderClass = fill.parentOrderId() == null ? OrderClass.SIMPLE : parent.map(TrackedOrder::orderClass)
                .orElse(OrderClass.BRACKET);
        OrderRole role = OrderRole.derive(fill.side(), fill.orderType(), orderClass, fill.parentOrderId() != null,
                parent.map(TrackedOrder::orderClass).orElse(null));
        return new TrackedOrder(symbol, fill.clientOrderId(), fill.brokerOrderId(), fill.parentOrderId(),
                parent.map(TrackedOrder::purpose).orElse(null), role, fill.side(), fill.orderType(), orderClass,
                fill.orderQty(), BigDecimal.ZERO, null, null, null, null, OrderStatus.ACCEPTED, null, null, at, null,
                null, null, Set.of());
    }

    private OrderFoldResult move(Optional<TrackedOrder> order, OrderTransition transition, Instant at, String what) {
        if (order.isEmpty()) {
            return OrderFoldResult.refused(this, FoldRefusal.Reason.UNKNOWN_ORDER, what + " for an unknown order");
        }
        if (!order.get().status().allows(transition)) {
            return notAllowed(order.get(), transition);
        }
        return OrderFoldResult.applied(with(order.get().moveTo(order.get().status().next(transition), at)));
    }

    private Optional<TrackedOrder> find(String symbol, String clientOrderId, String brokerOrderId) {
        SymbolOrderBook book = symbolBook(symbol);
        Optional<TrackedOrder> byClient = clientOrderId == null ? Optional.empty() : book.byClientOrderId(clientOrderId);
        if (byClient.isPresent() || brokerOrderId == null) {
            return byClient;
        }
        return book.byBrokerOrderId(brokerOrderId);
    }

    private SymbolOrderBook symbolBook(String symbol) {
        SymbolOrderBook book = symbol == null ? null : bySymbol.get(symbol);
        return book == null ? SymbolOrderBook.EMPTY : book;
    }

    /** A transition the machine does not allow: late news for a finished order, or an illegal one for a live one. */
    private OrderFoldResult notAllowed(TrackedOrder order, OrderTransition transition) {
        if (order.status().isTerminal()) {
            return OrderFoldResult.ignored(this, "order " + order.clientOrderId() + " is already "
                    + order.status() + ": late " + transition + " ignored");
        }
        return OrderFoldResult.refused(this, FoldRefusal.Reason.ILLEGAL_TRANSITION, "order " + order.clientOrderId()
                + ": " + new IllegalOrderTransitionException(order.status(), transition).getMessage());
    }

    private OrderFoldResult unknown(String brokerOrderId, String what) {
        return OrderFoldResult.refused(this, FoldRefusal.Reason.UNKNOWN_ORDER,
                what + " for unknown broker order " + brokerOrderId);
    }

    /** Puts the order where its status says: open, or remembered among the symbol's finished orders. */
    private OrderBook with(TrackedOrder order) {
        SymbolOrderBook book = symbolBook(order.symbol());
        if (!order.status().isTerminal()) {
            PMap<String, String> openByBroker = order.brokerOrderId() == null
                    || order.clientOrderId().equals(book.openByBrokerId().get(order.brokerOrderId()))
                    ? book.openByBrokerId() : book.openByBrokerId().plus(order.brokerOrderId(), order.clientOrderId());
            return withSymbolBook(order.symbol(), new SymbolOrderBook(book.open().plus(order.clientOrderId(), order), openByBroker,
                    book.finished(), book.intentTimes()));
        }
        TrackedOrder wasOpen = book.open().get(order.clientOrderId());
        PMap<String, String> openByBroker = book.openByBrokerId();
        if (wasOpen != null && wasOpen.brokerOrderId() != null) {
            openByBroker = openByBroker.minus(wasOpen.brokerOrderId());
        }
        if (order.brokerOrderId() != null && openByBroker.containsKey(order.brokerOrderId())) {
            openByBroker = openByBroker.minus(order.brokerOrderId());
        }
        PMap<String, TrackedOrder> open = wasOpen == null ? book.open() : book.open().minus(order.clientOrderId());
        return withSymbolBook(order.symbol(), new SymbolOrderBook(open, openByBroker, book.finished().with(order),
                book.intentTimes()));
    }

    private OrderBook withSymbolBook(String symbol, SymbolOrderBook book) {
        return new OrderBook(bySymbol.plus(symbol, book));
    }

    /** Remembers when a new root order of a purpose appeared; an entry intent starts a new position's count. */
    private OrderBook withIntentTime(TrackedOrder order) {
        if (order.parentOrderId() != null || order.purpose() == null) {
            return this;
        }
        SymbolOrderBook book = symbolBook(order.symbol());
        PMap<OrderPurpose, PVector<Instant>> times = book.intentTimes();
        if (order.purpose() == OrderPurpose.ENTRY) {
            times = HashTreePMap.empty();
        }
        PVector<Instant> ofPurpose = times.get(order.purpose());
        times = times.plus(order.purpose(), (ofPurpose == null ? TreePVector.<Instant>empty() : ofPurpose)
                .plus(order.createdAt()));
        SymbolOrderBook updated = new SymbolOrderBook(book.open(), book.openByBrokerId(), book.finished(), times);
        return withSymbolBook(order.symbol(), updated);
    }
}
