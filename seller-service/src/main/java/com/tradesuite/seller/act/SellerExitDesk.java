package com.tradesuite.seller.act;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.NotFoundException;
import com.tradesuite.broker.error.ValidationException;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.request.OcoExit;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.domain.exit.MarketExitPlan;
import com.tradesuite.domain.exit.SellerMarketExit;
import com.tradesuite.domain.exit.TakeProfitExtension;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderRole;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.protection.LayerArbiter;
import com.tradesuite.domain.protection.OcoExitPlan;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSignalled;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.seller.config.SellerExitSettings;
import com.tradesuite.seller.config.SellerSettings;
import com.tradesuite.seller.decide.BarView;
import com.tradesuite.seller.state.SellerState;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.broker.BrokerPort;
import com.tradesuite.service.log.EventLog;

import io.micrometer.core.instrument.Metrics;

/**
 * The seller's exits beyond trailing, acting on live events only: a signal, time or market-close exit is a
 * {@link MarketExitPlan} run as the log confirms it (cancel intents, DELETEs, then once every cancel is confirmed the
 * sale's intent and the market sell; a failed sale re-protects at the old stop and take-profit); one plan per symbol
 * ({@link SellerState#exitInFlight}). Strong momentum near the take-profit replaces its limit higher, intent first.
 */
public final class SellerExitDesk {

    /** Seller exits sent, by reason: {@code tradesuite_seller_exits_total{reason=SIGNAL_EXIT|TIME_EXIT|MARKET_CLOSE}}. */
    static final String EXITS = "tradesuite.seller.exits";
    /** Seller exits that could not start, by reason: {@code tradesuite_seller_exit_declines_total{reason=...}}. */
    static final String DECLINES = "tradesuite.seller.exit.declines";

    private static final Logger LOG = Logger.getLogger(SellerExitDesk.class);

    private final SellerExitSettings settings;
    private final LayerArbiter arbiter;
    private final EventLog log;
    private final BrokerPort broker;
    private final Map<String, Running> running = new HashMap<>();
    private final Map<String, BigDecimal> lastClose = new HashMap<>();
    private final Set<String> refusedExtensions = new HashSet<>();
    private final long giveUpSeconds;

    /** A plan under way: whether its sale was sent, and since when it runs (market time). */
    private record Running(SellerMarketExit.Started started, String correlationId, Instant since, boolean selling) {

        MarketExitPlan plan() {
            return started.plan();
        }
    }

    public SellerExitDesk(SellerSettings seller, SellerExitSettings settings, EventLog log, BrokerPort broker) {
        this.settings = settings;
        this.arbiter = new LayerArbiter(seller.intentGrace(), seller.replaceWindow());
        this.log = log;
        this.broker = broker;
        // A plan whose cancels the log never confirms gives up after the intent grace; the risk manager protects.
        this.giveUpSeconds = Math.max(seller.intentGrace().toSeconds(), 60);
    }

    /** A live bar: the running plan of its symbol moves on; time exit, market close and take-profit extension. */
    public void onBar(BarView view, SellerState state, String barEventId) {
        String symbol = view.symbol();
        Instant now = view.marketTime();
        lastClose.put(symbol, view.bar().close());
        advance(symbol, state, now, true);
        Position position = state.trading().positions().position(symbol);
        if (position.isOpen()) {
            settings.timeExit().due(position, now).ifPresent(reason -> start(symbol, OrderPurpose.TIME_EXIT, reason,
                    state, now, barEventId));
        }
        Optional<String> close = settings.marketClose().due(now);
        if (close.isPresent()) {
            for (Position open : state.trading().positions().openPositions()) {
                start(open.symbol(), OrderPurpose.MARKET_CLOSE, close.get(), state, now, barEventId);
            }
        }
        settings.takeProfit().ifPresent(extension -> extend(view, extension, state, barEventId));
    }

    /** A live event other than a bar: an exit signal, or news for a running plan. */
    public void onEvent(EventEnvelope<?> envelope, SellerState state) {
        String symbol = envelope.symbol();
        Instant now = state.marketTime().orElse(envelope.occurredAt());
        if (envelope.payload() instanceof ExitSignalled signal) {
            onSignal(envelope, signal, state, now);
        } else if (running.containsKey(symbol)) {
            advance(symbol, state, now, false);
        }
    }

    public void reset() {
        running.clear();
        lastClose.clear();
        refusedExtensions.clear();
    }

    private void onSignal(EventEnvelope<?> envelope, ExitSignalled signal, SellerState state, Instant now) {
        Position position = state.trading().positions().position(envelope.symbol());
        if (!settings.signalExit() || !position.isOpen()) {
            LOG.debugf("%s: exit signal %s ignored (signal exits %s, position open %s)", envelope.symbol(),
                    signal.signalId(), settings.signalExit() ? "on" : "off", position.isOpen());
            return;
        }
        if (position.openedAt() != null && position.openedAt().isAfter(envelope.occurredAt())) {
            decline("signal-exit", envelope.symbol(), correlationOf(state, position), "stale",
                    "signal " + signal.signalId() + " is from before the position opened at " + position.openedAt());
            return;
        }
        start(envelope.symbol(), OrderPurpose.SIGNAL_EXIT, "exit signal " + signal.signalId() + " ("
                + signal.strategy() + "): " + signal.reason(), state, now, envelope.eventId());
    }

    private void start(String symbol, OrderPurpose purpose, String reason, SellerState state, Instant now,
                       String causationId) {
        if (running.containsKey(symbol)) {
            return;
        }
        Position position = state.trading().positions().position(symbol);
        if (!position.isOpen()) {
            return;
        }
        String decision = decisionOf(purpose);
        String correlationId = correlationOf(state, position);
        Optional<String> busy = state.exitInFlight(symbol)
                .or(() -> arbiter.mustWait(ExitLayer.SELLER, state.trading().orders().inFlight(symbol), now));
        if (busy.isPresent()) {
            decline(decision, symbol, correlationId, "exit-in-flight", busy.get());
            return;
        }
        SellerMarketExit.Started started = SellerMarketExit.start(position, state.trading().orders(), purpose,
                reason);
        MarketExitPlan plan = started.plan();
        if (!state.exits().claim(symbol, purpose.name(), now)) {
            decline(decision, symbol, correlationId, "exit-in-flight", "another exit plan claimed the symbol");
            return;
        }
        running.put(symbol, new Running(started, correlationId, now, false));
        DecisionLog.log(decision, symbol, correlationId, "cancel " + plan.cancelBrokerOrderIds() + " then sell "
                + plan.qty().toPlainString() + " at market as " + plan.clientOrderId() + ": " + reason);
        for (String brokerOrderId : plan.cancelBrokerOrderIds()) {
            cancel(symbol, plan, brokerOrderId, state, now, correlationId, causationId);
        }
        advance(symbol, state, now, false);
    }

    private void cancel(String symbol, MarketExitPlan plan, String brokerOrderId, SellerState state, Instant now,
                        String correlationId, String causationId) {
        Optional<TrackedOrder> order = state.trading().orders().byBrokerOrderId(symbol, brokerOrderId);
        if (order.isPresent() && order.get().status() != OrderStatus.PENDING_CANCEL) {
            // Intent first: every layer sees the cancel in flight before the broker does.
            append(state, symbol, "intent:" + plan.clientOrderId() + ":cancel:" + brokerOrderId,
                    new OrderCancelRequested(brokerOrderId, plan.purpose(), plan.reason()), correlationId, now,
                    causationId);
        }
        try {
            broker.cancel(brokerOrderId);
        } catch (NotFoundException | ValidationException finished) {
            // 404/422: no longer cancelable, it is ending anyway; the log (or the broker on the next bar) says how.
        } catch (BrokerException e) {
            DecisionLog.log("exit-cancel-failed", symbol, correlationId, "DELETE " + brokerOrderId + ": "
                    + e.getMessage() + "; asking the broker again on the next bar");
        }
    }

    /** Moves a running plan on: sell once every cancel is confirmed, finish when flat, re-protect a failed sale. */
    private void advance(String symbol, SellerState state, Instant now, boolean askBroker) {
        Running run = running.get(symbol);
        if (run == null) {
            return;
        }
        Position position = state.trading().positions().position(symbol);
        if (!position.isOpen()) {
            finish(symbol, state, run);
            DecisionLog.log("exit-done", symbol, run.correlationId(), "position closed by " + run.plan()
                    .clientOrderId() + " (" + run.plan().purpose() + ")");
            return;
        }
        OrderBook orders = state.trading().orders();
        if (run.selling()) {
            Optional<TrackedOrder> sale = orders.byClientOrderId(symbol, run.plan().clientOrderId());
            if (sale.isPresent() && sale.get().status().isTerminal() && sale.get().status() != OrderStatus.FILLED) {
                reprotect(symbol, run, state, now, "the sale ended " + sale.get().status());
            }
            return;
        }
        SellerMarketExit.Progress progress = SellerMarketExit.progress(run.plan(), symbol, orders);
        if (progress instanceof SellerMarketExit.Progress.Waiting waiting && askBroker
                && waiting.brokerOrderIds().stream().allMatch(id -> endedAtBroker(id, run, symbol))) {
            progress = new SellerMarketExit.Progress.Sell();
        }
        if (progress instanceof SellerMarketExit.Progress.Abort abort) {
            finish(symbol, state, run);
            DecisionLog.log("exit-aborted", symbol, run.correlationId(), abort.reason() + "; "
                    + run.plan().purpose() + " starts over when still due");
        } else if (progress instanceof SellerMarketExit.Progress.Sell) {
            sell(symbol, run, position, state, now);
        } else if (now.isAfter(run.since().plusSeconds(giveUpSeconds))) {
            finish(symbol, state, run);
            DecisionLog.log("exit-gave-up", symbol, run.correlationId(), "cancels of " + run.plan()
                    .cancelBrokerOrderIds() + " not confirmed since " + run.since()
                    + "; the risk manager's audit protects the position");
        }
    }

    /** Once a bar the broker is asked about cancels the log has not confirmed (a lost update). */
    private boolean endedAtBroker(String brokerOrderId, Running run, String symbol) {
        try {
            Optional<com.tradesuite.broker.model.OrderStatus> status = broker.status(brokerOrderId);
            if (status.isEmpty()) {
                return true;
            }
            return switch (status.get()) {
                case CANCELED, EXPIRED, REJECTED, DONE_FOR_DAY -> true;
                default -> false;
            };
        } catch (BrokerException e) {
            LOG.debugf("%s: status of %s for %s unknown: %s", symbol, brokerOrderId, run.plan().clientOrderId(),
                    e.getMessage());
            return false;
        }
    }

    private void sell(String symbol, Running run, Position position, SellerState state, Instant now) {
        MarketExitPlan sale = SellerMarketExit.sale(run.plan(), position);
        append(state, symbol, "intent:" + sale.clientOrderId(), sale.toIntent(), run.correlationId(), now, null);
        running.put(symbol, new Running(run.started(), run.correlationId(), run.since(), true));
        String what = "sell " + sale.qty().toPlainString() + " at market as " + sale.clientOrderId();
        try {
            broker.submit(OrderRequest.market(symbol, OrderSide.SELL, sale.qty()).withTimeInForce(TimeInForce.DAY)
                    .withClientOrderId(sale.clientOrderId()));
            Metrics.counter(EXITS, "reason", sale.purpose().name()).increment();
            DecisionLog.log("exit-sell", symbol, run.correlationId(), what + " (" + sale.purpose()
                    + "), the cancels are confirmed");
        } catch (DuplicateClientOrderIdException placed) {
            DecisionLog.log("exit-sell", symbol, run.correlationId(), sale.clientOrderId() + " is already placed");
        } catch (BrokerException e) {
            if (e.isRetryable()) {
                // Unknown whether it reached the broker: the intent stays in flight, the give-up deadline ends it.
                DecisionLog.log("exit-sell-unanswered", symbol, run.correlationId(), what + ": " + e.getMessage());
                return;
            }
            Integer code = e.code() != null && e.code() <= Integer.MAX_VALUE ? Integer.valueOf(e.code().intValue())
                    : Integer.valueOf(e.httpStatus());
            append(state, symbol, "intent:" + sale.clientOrderId() + ":rejected", new OrderRejected(
                    sale.clientOrderId(), e.getMessage() == null ? "refused" : e.getMessage(), code),
                    run.correlationId(), now, null);
            reprotect(symbol, run, state, now, "the broker refused " + what + ": " + e.getMessage());
        }
    }

    /** The sale failed: put the old stop and take-profit back as one OCO, then end the plan. */
    private void reprotect(String symbol, Running run, SellerState state, Instant now, String why) {
        finish(symbol, state, run);
        Position position = state.trading().positions().position(symbol);
        Optional<OcoExitPlan> oco = SellerMarketExit.reprotect(run.started(), position, state.trading().orders(),
                lastClose.get(symbol));
        if (oco.isEmpty()) {
            DecisionLog.log("exit-failed", symbol, run.correlationId(), why + "; no stop below the market to restore,"
                    + " the risk manager's audit protects the position");
            return;
        }
        OcoExitPlan plan = oco.get();
        append(state, symbol, "intent:" + plan.clientOrderId(), plan.toIntent(), run.correlationId(), now, null);
        try {
            broker.submit(OcoExit.protectingLong(symbol, plan.qty()).takeProfit(plan.takeProfitLimit())
                    .stopLoss(plan.stopPrice()).clientOrderId(plan.clientOrderId()).build());
            DecisionLog.log("exit-reprotected", symbol, run.correlationId(), why + "; re-protected "
                    + plan.qty().toPlainString() + " shares, stop " + plan.stopPrice().toPlainString()
                    + ", take-profit " + plan.takeProfitLimit().toPlainString() + " as " + plan.clientOrderId());
        } catch (BrokerException | IllegalArgumentException e) {
            DecisionLog.log("exit-reprotect-failed", symbol, run.correlationId(), why + "; the OCO "
                    + plan.clientOrderId() + " failed too: " + e.getMessage() + "; the risk manager's audit acts");
        }
    }

    private void finish(String symbol, SellerState state, Running run) {
        running.remove(symbol);
        state.exits().release(symbol, run.plan().purpose().name());
    }

    /** Strong momentum near the take-profit: replace its limit higher, intent first, never lower. */
    private void extend(BarView view, TakeProfitExtension extension, SellerState state, String barEventId) {
        String symbol = view.symbol();
        Position position = state.trading().positions().position(symbol);
        if (!position.isOpen() || running.containsKey(symbol) || state.exitInFlight(symbol).isPresent()) {
            return;
        }
        OrderBook orders = state.trading().orders();
        Optional<TrackedOrder> live = liveTakeProfit(orders, symbol);
        if (live.isEmpty() || arbiter.mustWait(ExitLayer.SELLER, orders.inFlight(symbol), view.marketTime())
                .isPresent()) {
            return;
        }
        TrackedOrder takeProfit = live.get();
        Optional<TakeProfitExtension.Extend> decision = extension.evaluate(takeProfit.limitPrice(),
                view.recentCloses(), view.atr().orElse(null));
        if (decision.isEmpty()) {
            return;
        }
        BigDecimal newLimit = decision.get().newLimit();
        String newClientOrderId = ClientOrderIds.forTakeProfitExtension(symbol, takeProfit.brokerOrderId(),
                newLimit);
        if (refusedExtensions.contains(newClientOrderId)) {
            return;
        }
        String correlationId = correlationOf(state, position);
        // TRAILING_STOP is the seller's replace purpose; of a take-profit it attributes as "extended take-profit".
        append(state, symbol, "replace:" + newClientOrderId, new OrderReplaceRequested(takeProfit.brokerOrderId(),
                newClientOrderId, OrderPurpose.TRAILING_STOP, null, newLimit, null, decision.get().reason()),
                correlationId, view.marketTime(), barEventId);
        String move = "take-profit " + takeProfit.limitPrice().toPlainString() + " -> " + newLimit.toPlainString()
                + " of order " + takeProfit.brokerOrderId() + " as " + newClientOrderId;
        BrokerPort.ReplaceOutcome outcome = broker.replaceLimit(takeProfit.brokerOrderId(), newClientOrderId,
                newLimit);
        if (outcome instanceof BrokerPort.ReplaceOutcome.Replaced replaced) {
            DecisionLog.log("take-profit-extend", symbol, correlationId, "raised " + move + " (new order "
                    + replaced.newBrokerOrderId() + "): " + decision.get().reason());
        } else if (outcome instanceof BrokerPort.ReplaceOutcome.Refused refused) {
            refusedExtensions.add(newClientOrderId);
            DecisionLog.log("take-profit-extend-refused", symbol, correlationId, "broker refused " + move + ": "
                    + refused.reason());
        } else if (outcome instanceof BrokerPort.ReplaceOutcome.Failed failed) {
            DecisionLog.log("take-profit-extend-failed", symbol, correlationId, "no answer to " + move + ": "
                    + failed.reason() + "; the take-profit keeps its old limit until the broker answers");
        }
    }

    /** The working take-profit limit of the position (bracket leg or OCO parent), the highest if several. */
    static Optional<TrackedOrder> liveTakeProfit(OrderBook orders, String symbol) {
        List<TrackedOrder> exits = SymbolOrders.of(orders, symbol).activeExits();
        return exits.stream()
                .filter(order -> order.role() == OrderRole.TAKE_PROFIT_LEG || order.role() == OrderRole.OCO_TAKE_PROFIT)
                .filter(order -> order.brokerOrderId() != null && order.limitPrice() != null
                        && order.status() == OrderStatus.ACCEPTED)
                .max(Comparator.comparing(TrackedOrder::limitPrice));
    }

    private void append(SellerState state, String symbol, String eventId, OrderEvent payload, String correlationId,
                        Instant at, String causationId) {
        EventEnvelope<OrderEvent> envelope = EventEnvelope.withId(eventId, payload, symbol, SellerCore.SOURCE, at,
                correlationId, causationId);
        log.append(TopicCatalog.ORDERS, envelope);
        state.apply(envelope);
    }

    private static void decline(String decision, String symbol, String correlationId, String reason, String why) {
        Metrics.counter(DECLINES, "reason", reason).increment();
        DecisionLog.log(decision + "-waits", symbol, correlationId, why);
    }

    private static String decisionOf(OrderPurpose purpose) {
        return switch (purpose) {
            case SIGNAL_EXIT -> "signal-exit";
            case TIME_EXIT -> "time-exit";
            case MARKET_CLOSE -> "market-close";
            default -> purpose.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The trade's correlation id: the one its entry intent carried, else the entry's client order id. */
    private static String correlationOf(SellerState state, Position position) {
        return state.correlationOf(position.entryClientOrderId()).orElse(position.entryClientOrderId());
    }
}
