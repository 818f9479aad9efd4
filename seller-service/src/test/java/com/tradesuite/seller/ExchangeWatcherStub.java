package com.tradesuite.seller;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.engine.TradeUpdateListener;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderReplaced;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventPublisher;

/**
 * Stands in for the risk-manager's account watcher in tests: every trade update of the in-process exchange becomes
 * the {@code orders} / {@code fills} event the watcher would append, with its deterministic event id.
 */
final class ExchangeWatcherStub implements TradeUpdateListener, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ExchangeWatcherStub.class);

    private final PaperExchangeServer exchange;
    private final EventPublisher publisher;
    private final String correlationId;
    private final BlockingQueue<TradeUpdate> updates = new LinkedBlockingQueue<>();
    private final Set<String> published = new HashSet<>();
    private final Thread pump;
    private volatile boolean running = true;

    ExchangeWatcherStub(PaperExchangeServer exchange, EventPublisher publisher, String correlationId) {
        this.exchange = exchange;
        this.publisher = publisher;
        this.correlationId = correlationId;
        this.pump = new Thread(this::run, "exchange-watcher-stub");
        this.pump.setDaemon(true);
        this.pump.start();
        exchange.engine().addListener(this);
    }

    /** Called under the exchange's lock: only queue it. */
    @Override
    public void onTradeUpdate(TradeUpdate update) {
        updates.add(update);
    }

    private void run() {
        while (running) {
            try {
                TradeUpdate update = updates.poll(100, TimeUnit.MILLISECONDS);
                if (update != null) {
                    record(update);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "watcher stub could not record an update: %s", e.getMessage());
            }
        }
    }

    private void record(TradeUpdate update) {
        OrderSnapshot order = update.order();
        switch (update.event()) {
            case "new" -> {
                accepted(order, update);
                if (order.legs() != null) {
                    order.legs().forEach(leg -> accepted(leg, update));
                }
            }
            case "fill", "partial_fill" -> append("fill:" + update.executionId(), new OrderFilled(update.executionId(),
                    order.id(), order.clientOrderId(), order.parentId(), side(order), type(order), update.qty(),
                    update.price(), order.filledQty(), order.qty(), "partial_fill".equals(update.event()),
                    update.positionQty(), update.timestamp()), order.symbol(), update);
            case "replaced" -> {
                OrderSnapshot successor = exchange.engine().order(order.replacedBy(), false);
                append("order:" + order.id() + ":replaced", new OrderReplaced(order.id(), order.clientOrderId(),
                        successor.id(), successor.clientOrderId(), successor.qty(), successor.limitPrice(),
                        successor.stopPrice()), order.symbol(), update);
            }
            case "canceled" -> append("order:" + order.id() + ":canceled",
                    new OrderCanceled(order.id(), order.clientOrderId(), "canceled"), order.symbol(), update);
            default -> LOG.debugf("watcher stub ignores %s", update.event());
        }
    }

    private void accepted(OrderSnapshot order, TradeUpdate update) {
        String status = order.status().wire();
        append("order:" + order.id() + ":" + status, new OrderAccepted(order.id(), order.clientOrderId(),
                order.parentId(), side(order), type(order), orderClass(order), order.qty(), order.limitPrice(),
                order.stopPrice(), status), order.symbol(), update);
    }

    private void append(String eventId, Event payload, String symbol, TradeUpdate update) {
        if (!published.add(eventId)) {
            return;
        }
        if (payload instanceof OrderFilled fill) {
            publisher.publish(TopicCatalog.FILLS, EventEnvelope.withId(eventId, fill, symbol, "risk-manager",
                    update.timestamp(), correlationId, null));
        } else {
            publisher.publish(TopicCatalog.ORDERS, EventEnvelope.withId(eventId, (OrderEvent) payload, symbol,
                    "risk-manager", update.timestamp(), correlationId, null));
        }
    }

    private static Side side(OrderSnapshot order) {
        return Side.valueOf(order.side().wire().toUpperCase(Locale.ROOT));
    }

    private static OrderType type(OrderSnapshot order) {
        return OrderType.valueOf(order.type().wire().toUpperCase(Locale.ROOT));
    }

    private static OrderClass orderClass(OrderSnapshot order) {
        return order.orderClass() == null ? OrderClass.SIMPLE
                : OrderClass.valueOf(order.orderClass().wire().toUpperCase(Locale.ROOT));
    }

    @Override
    public void close() {
        exchange.engine().removeListener(this);
        running = false;
        try {
            pump.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
