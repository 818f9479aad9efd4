package com.tradesuite.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.exit.ExitAttribution;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/**
 * Test stand-in for the risk manager's account watcher: the exchange's trade updates become the events it writes
 * (OrderAccepted per order and leg, OrderFilled {@code fill:<executionId>}, OrderCanceled, and one ExitAttributed
 * {@code exit:<executionId>} per reducing fill from the domain's ExitAttribution), folded as it goes.
 */
final class AccountWatcherStandIn {

    static final String SOURCE = "risk-manager-service";

    private final Map<String, OrderClass> classByOrderId = new HashMap<>();
    private TradingState state = TradingState.empty();

    /** Folds an event written by someone else (an entry intent) so attribution sees it. */
    void fold(EventEnvelope<?> envelope) {
        state = state.apply(envelope);
    }

    TradingState state() {
        return state;
    }

    List<EventEnvelope<?>> translate(TradeUpdate update) {
        OrderSnapshot order = update.order();
        List<EventEnvelope<?>> out = new ArrayList<>();
        switch (update.event()) {
            case "new" -> {
                // A leg that becomes active reports "new" on its own; it still names its parent.
                out.add(accepted(order, order.parentId(), update));
                for (OrderSnapshot leg : order.legs() == null ? List.<OrderSnapshot>of() : order.legs()) {
                    out.add(accepted(leg, order.id(), update));
                }
            }
            case "fill", "partial_fill" -> {
                OrderFilled fill = new OrderFilled(update.executionId(), order.id(), order.clientOrderId(),
                        order.parentId(), side(order), type(order), update.qty(), update.price(), order.filledQty(),
                        order.qty(), "partial_fill".equals(update.event()), update.positionQty(),
                        update.timestamp());
                EventEnvelope<OrderFilled> fillEnvelope = EventEnvelope.withId("fill:" + update.executionId(), fill,
                        order.symbol(), SOURCE, update.timestamp(), null, order.id());
                Optional<ExitAttributed> exit = ExitAttribution.attribute(fill,
                        state.positions().position(order.symbol()), state.orders());
                out.add(fillEnvelope);
                exit.ifPresent(payload -> out.add(EventEnvelope.withId("exit:" + update.executionId(), payload,
                        order.symbol(), SOURCE, update.timestamp(), null, fillEnvelope.eventId())));
            }
            case "canceled" -> out.add(EventEnvelope.withId("order:" + order.id() + ":canceled",
                    new OrderCanceled(order.id(), order.clientOrderId(), "broker reported canceled"), order.symbol(),
                    SOURCE, update.timestamp(), null, order.id()));
            default -> {
                // Not part of the recorded session.
            }
        }
        out.forEach(this::fold);
        return out;
    }

    private EventEnvelope<OrderAccepted> accepted(OrderSnapshot order, String parentId, TradeUpdate update) {
        String status = order.status().name().toLowerCase(Locale.ROOT);
        if (parentId == null) {
            classByOrderId.put(order.id(), OrderClass.valueOf(order.orderClass().name()));
        }
        OrderClass orderClass = parentId == null ? classByOrderId.get(order.id())
                : classByOrderId.getOrDefault(parentId, OrderClass.BRACKET);
        OrderAccepted accepted = new OrderAccepted(order.id(), order.clientOrderId(),
                parentId, side(order), type(order), orderClass, order.qty(),
                order.limitPrice(), order.stopPrice(), status);
        return EventEnvelope.withId("order:" + order.id() + ":" + status, accepted, order.symbol(), SOURCE,
                update.timestamp(), null, order.id());
    }

    private static Side side(OrderSnapshot order) {
        return Side.valueOf(order.side().name());
    }

    private static OrderType type(OrderSnapshot order) {
        return OrderType.valueOf(order.type().name());
    }
}
