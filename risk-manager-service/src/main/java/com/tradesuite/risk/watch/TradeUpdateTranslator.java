package com.tradesuite.risk.watch;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.model.TradeUpdateEvent;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderExpired;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderReplaced;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.service.memory.RecentMap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

/**
 * One broker trade update becomes the broker facts it states: new/accepted/held orders (legs included, naming their
 * parent) as OrderAccepted, fills as OrderFilled, and canceled/expired/replaced/rejected as their order events, each
 * with the deterministic event id of docs/SERVICES.md and the broker's timestamp. Updates it cannot express are
 * dropped with a warning, never thrown.
 */
public final class TradeUpdateTranslator {

    public static final String SOURCE = "risk-manager-service";

    private static final Logger LOG = Logger.getLogger(TradeUpdateTranslator.class);
    /** Broker statuses an OrderAccepted may carry; a catch-up "new" for an order in any other state says "new". */
    private static final Set<String> ACCEPT_STATUSES = Set.of("new", "accepted", "held", "pending_new",
            "accepted_for_bidding", "partially_filled");

    /** Legs seen nested in their parent: Alpaca's leg objects do not name their parent. */
    private final RecentMap<String, String> parentByLeg = new RecentMap<>(20_000);
    private final RecentMap<String, OrderClass> classByParent = new RecentMap<>(20_000);

    public List<Outgoing> translate(TradeUpdate update, WatchContext context) {
        Order order = update.order();
        if (order == null || order.id() == null || order.symbol() == null || order.clientOrderId() == null) {
            LOG.warnf("trade update %s without a complete order ignored", update.event());
            return List.of();
        }
        rememberLegs(order);
        Instant at = update.timestamp() != null ? update.timestamp() : order.lastChangedAt();
        if (at == null) {
            LOG.warnf("trade update %s of order %s has no timestamp; ignored", update.event(), order.id());
            return List.of();
        }
        TradeUpdateEvent event = update.event() == null ? TradeUpdateEvent.UNKNOWN : update.event();
        Facts facts = new Facts(order, at, context);
        if (event == TradeUpdateEvent.FILL || event == TradeUpdateEvent.PARTIAL_FILL) {
            return facts.filled(update, event == TradeUpdateEvent.PARTIAL_FILL);
        }
        List<Outgoing> out = new ArrayList<>();
        if (event == TradeUpdateEvent.NEW) {
            out.addAll(facts.acceptedWithLegs(acceptStatus(order)));
        }
        // The order says more has filled than the log holds (e.g. a catch-up whose fill update was not delivered).
        out.addAll(facts.unloggedFill(update));
        out.addAll(switch (event) {
            case CANCELED -> facts.canceled();
            case EXPIRED -> facts.expired();
            case REPLACED -> facts.replaced();
            case REJECTED -> facts.rejected();
            // The broker refused our cancel or replace: the order is working again.
            case ORDER_CANCEL_REJECTED, ORDER_REPLACE_REJECTED -> facts.accepted(order, event.wire());
            default -> List.<Outgoing>of();
        });
        return out;
    }

    private void rememberLegs(Order order) {
        if (order.legs().isEmpty()) {
            return;
        }
        classByParent.put(order.id(), BrokerMapping.orderClass(order.orderClass()));
        for (Order leg : order.legs()) {
            if (leg.id() != null) {
                parentByLeg.put(leg.id(), order.id());
            }
        }
    }

    private static String acceptStatus(Order order) {
        String status = order.status() == null ? "new" : order.status().wire();
        return ACCEPT_STATUSES.contains(status) ? status : "new";
    }

    private Optional<String> parentOf(String brokerOrderId, WatchContext context) {
        return Optional.ofNullable(parentByLeg.get(brokerOrderId)).or(() -> context.loggedParentOf(brokerOrderId));
    }

    /** The facts of one update about one order (and its legs). */
    private final class Facts {
        private final Order order;
        private final Instant at;
        private final WatchContext context;
        private final String parentId;
        private final String correlationId;

        Facts(Order order, Instant at, WatchContext context) {
            this.order = order;
            this.at = at;
            this.context = context;
            this.parentId = parentOf(order.id(), context).orElse(null);
            this.correlationId = context.correlationFor(order.clientOrderId(), order.id(), parentId).orElse(null);
        }

        List<Outgoing> acceptedWithLegs(String status) {
            List<Outgoing> out = new ArrayList<>(accepted(order, status));
            for (Order leg : order.legs()) {
                if (leg.id() != null && leg.clientOrderId() != null && leg.symbol() != null) {
                    out.addAll(accepted(leg, acceptStatus(leg)));
                }
            }
            return out;
        }

        List<Outgoing> accepted(Order target, String status) {
            if (context.isTerminal(target.id())) {
                return List.of();
            }
            Optional<Side> side = BrokerMapping.side(target.side());
            Optional<OrderType> type = BrokerMapping.type(target.type());
            if (side.isEmpty() || type.isEmpty() || target.qty() == null || target.qty().signum() <= 0) {
                LOG.warnf("order %s (%s %s qty %s) cannot be expressed as OrderAccepted; ignored", target.id(),
                        target.side(), target.type(), target.qty());
                return List.of();
            }
            String parent = target == order ? parentId : order.id();
            OrderClass orderClass = parent == null ? BrokerMapping.orderClass(target.orderClass())
                    : Optional.ofNullable(classByParent.get(parent))
                    .or(() -> context.loggedOrderClass(parent)).orElse(OrderClass.BRACKET);
            OrderAccepted accepted = new OrderAccepted(target.id(), target.clientOrderId(), parent, side.get(),
                    type.get(), orderClass, target.qty(), positiveOrNull(target.limitPrice()),
                    positiveOrNull(target.stopPrice()), status);
            String correlation = target == order ? correlationId
                    : context.correlationFor(target.clientOrderId(), target.id(), parent).orElse(correlationId);
            return List.of(new Outgoing.ToOrders(EventEnvelope.withId(orderEventId(target.id(), status), accepted,
                    target.symbol(), SOURCE, at, correlation, target.id())));
        }

        List<Outgoing> filled(TradeUpdate update, boolean partial) {
            Optional<Side> side = BrokerMapping.side(order.side());
            Optional<OrderType> type = BrokerMapping.type(order.type());
            BigDecimal cumulative = order.filledQty();
            BigDecimal qty = update.qty() != null ? update.qty()
                    : cumulative.subtract(context.loggedCumulativeQty(order.id()));
            BigDecimal price = positiveOrNull(update.price() != null ? update.price() : order.filledAvgPrice());
            if (side.isEmpty() || type.isEmpty() || qty.signum() <= 0 || price == null) {
                LOG.warnf("fill of order %s (%s %s qty %s price %s) cannot be expressed as OrderFilled; ignored",
                        order.id(), order.side(), order.type(), qty, update.price());
                return List.of();
            }
            if (cumulative.signum() <= 0) {
                cumulative = qty;
            }
            BigDecimal orderQty = order.qty() != null && order.qty().signum() > 0 ? order.qty() : cumulative;
            String executionId = update.executionId() != null ? update.executionId()
                    : "derived:" + order.id() + ":" + cumulative.toPlainString();
            OrderFilled fill = new OrderFilled(executionId, order.id(), order.clientOrderId(), parentId, side.get(),
                    type.get(), qty, price, cumulative, orderQty, partial, positionAfter(update, side.get(), qty),
                    at);
            return List.of(new Outgoing.ToFills(EventEnvelope.withId("fill:" + executionId, fill, order.symbol(),
                    SOURCE, at, correlationId, order.id())));
        }

        /**
         * The fill the order's filled quantity shows beyond what the log holds, with the catch-up's execution id
         * ({@code catchup:<orderId>:<filledQty>}) so the stream's own rebuilt fill, if it comes, is the same fact.
         */
        List<Outgoing> unloggedFill(TradeUpdate update) {
            BigDecimal missing = order.filledQty().subtract(context.loggedCumulativeQty(order.id()));
            if (missing.signum() <= 0 || order.filledAvgPrice() == null) {
                return List.of();
            }
            boolean complete = order.status() == OrderStatus.FILLED;
            TradeUpdate rebuilt = new TradeUpdate(complete ? TradeUpdateEvent.FILL : TradeUpdateEvent.PARTIAL_FILL,
                    "catchup:" + order.id() + ":" + order.filledQty().toPlainString(), order,
                    order.filledAvgPrice(), missing, null, order.filledAt() != null ? order.filledAt() : at, true);
            return new Facts(order, rebuilt.timestamp(), context).filled(rebuilt, !complete);
        }

        List<Outgoing> canceled() {
            return orderFact("canceled", new OrderCanceled(order.id(), order.clientOrderId(),
                    "broker reported canceled"));
        }

        List<Outgoing> expired() {
            return orderFact("expired", new OrderExpired(order.id(), order.clientOrderId()));
        }

        List<Outgoing> rejected() {
            return orderFact("rejected", new OrderRejected(order.clientOrderId(), "broker reported rejected",
                    null));
        }

        List<Outgoing> replaced() {
            String newId = order.replacedBy();
            if (newId == null) {
                LOG.warnf("replaced update of order %s does not name its replacement; ignored", order.id());
                return List.of();
            }
            Optional<Order> replacement = context.brokerOrder(newId);
            Optional<String> newClientId = replacement.map(Order::clientOrderId)
                    .or(() -> context.pendingReplacementClientOrderId(order.id()));
            if (newClientId.isEmpty()) {
                LOG.errorf("replacement %s of order %s has no known client order id; replaced update ignored",
                        newId, order.id());
                return List.of();
            }
            OrderReplaced replaced = new OrderReplaced(order.id(), order.clientOrderId(), newId, newClientId.get(),
                    replacement.map(Order::qty).map(TradeUpdateTranslator::positiveOrNull).orElse(null),
                    replacement.map(Order::limitPrice).map(TradeUpdateTranslator::positiveOrNull).orElse(null),
                    replacement.map(Order::stopPrice).map(TradeUpdateTranslator::positiveOrNull).orElse(null));
            return orderFact("replaced", replaced);
        }

        private List<Outgoing> orderFact(String status, OrderEvent payload) {
            return List.of(new Outgoing.ToOrders(EventEnvelope.withId(orderEventId(order.id(), status), payload,
                    order.symbol(), SOURCE, at, correlationId, order.id())));
        }

        /** The broker's position after the fill; a REST catch-up does not carry it, so it is derived from the log. */
        private BigDecimal positionAfter(TradeUpdate update, Side side, BigDecimal qty) {
            if (update.positionQty() != null) {
                return update.positionQty().max(BigDecimal.ZERO);
            }
            BigDecimal before = context.loggedPositionQty(order.symbol());
            return (side == Side.BUY ? before.add(qty) : before.subtract(qty)).max(BigDecimal.ZERO);
        }
    }

    /** {@code order:<brokerOrderId>:<status>}, the id every duplicate of the same broker fact shares. */
    public static String orderEventId(String brokerOrderId, String status) {
        return "order:" + brokerOrderId + ":" + status;
    }

    private static BigDecimal positiveOrNull(BigDecimal value) {
        return value == null || value.signum() <= 0 ? null : value;
    }
}
