package com.tradesuite.seller.act;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.tradesuite.domain.exit.PartialProfitPlan;
import com.tradesuite.domain.exit.PartialProfitRule;
import com.tradesuite.domain.mode.EffectiveMode;
import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.seller.config.PartialProfitSettings;
import com.tradesuite.seller.decide.BarView;
import com.tradesuite.seller.state.SellerState;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.broker.BrokerPort;
import com.tradesuite.service.exit.PartialProfitExecutor;
import com.tradesuite.service.log.EventLog;

import io.micrometer.core.instrument.Metrics;

/**
 * The seller's partial profits: on each live bar, an unfinished plan of today (within its grace) is carried on,
 * else the domain {@link PartialProfitRule} may start one, unless trading is HALTED; while a plan is unfinished the
 * symbol's trailing stop waits. Folds the account-wide trading state. Not thread-safe: called from the fold thread.
 */
public final class PartialProfitDesk {

    /** Partials not started, by check ({@code tradesuite_seller_partial_declines_total{check}}). */
    static final String DECLINES = "tradesuite.seller.partial.declines";
    /** Cancel confirmation to new OCO acceptance ({@code tradesuite_seller_partial_unprotected_seconds}). */
    static final String UNPROTECTED = "tradesuite.seller.partial.unprotected";

    private final PartialProfitSettings settings;
    private final PartialProfitRule rule;
    private final PartialProfitExecutor executor;
    private TradingMode mode = TradingMode.initial();

    public PartialProfitDesk(PartialProfitSettings settings, EventLog log, BrokerPort broker,
                             Consumer<EventEnvelope<?>> fold) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rule = new PartialProfitRule(settings.rule());
        this.executor = new PartialProfitExecutor(log, broker, fold, SellerCore.SOURCE, settings.brokerTimeout());
    }

    public void fold(TradingStateChanged change) {
        mode = mode.fold(change);
    }

    public TradingMode mode() {
        return mode;
    }

    /** A snapshot's mode (every partition carries the whole account-wide mode): keep the newer. */
    public void restoreMode(TradingMode restored) {
        mode = mode.newerOf(restored);
    }

    public void reset() {
        mode = TradingMode.initial();
    }

    /**
     * Acts on one live bar of a symbol.
     *
     * @return true when a partial-profit plan is unfinished or ran on this bar: the trailing stop waits
     */
    public boolean onBar(BarView view, SellerState state, String correlationId, String causationId) {
        Instant now = view.marketTime();
        Position position = state.trading().positions().position(view.symbol());
        OrderBook orders = state.trading().orders();
        Optional<PartialProfitPlan> unfinished = unfinished(position, orders, now);
        if (unfinished.isPresent()) {
            if (unfinished.get().holdsOthersBack(now, settings.grace())) {
                DecisionLog.log("trail-stop-wait", view.symbol(), correlationId, "partial-profit plan "
                        + unfinished.get().planId() + " is at " + unfinished.get().stage());
                carryOn(unfinished.get(), position, orders, correlationId, causationId, now);
                return true;
            }
            return false;
        }
        if (!settings.enabled()) {
            return false;
        }
        BigDecimal range = view.bar().high().subtract(view.bar().low());
        PartialProfitRule.Decision decision = rule.evaluate(position, orders, view.bar().close(), range,
                view.atr().orElse(null),
                now);
        if (decision instanceof PartialProfitRule.Skip skip) {
            if (!skip.quiet()) {
                decline(view.symbol(), correlationId, skip.check(), skip.reason());
            }
            return false;
        }
        PartialProfitRule.Start start = (PartialProfitRule.Start) decision;
        Optional<String> busy = state.exitInFlight(view.symbol());
        if (busy.isPresent()) {
            // A signal, time or market-close exit of the seller runs: one exit plan per symbol at a time.
            decline(view.symbol(), correlationId, "exit-in-flight", busy.get() + ": no partial (" + start.reason()
                    + ")");
            return false;
        }
        EffectiveMode inForce = mode.at(now);
        if (inForce.status() == TradingStatus.HALTED) {
            decline(view.symbol(), correlationId, "trading-state", "trading state " + inForce.describe()
                    + ": no new partial (" + start.reason() + ")");
            return false;
        }
        DecisionLog.log("partial-profit-start", view.symbol(), correlationId, start.reason());
        report(executor.start(start.plan(), new PartialProfitExecutor.Context(start.cancelBrokerOrderIds(),
                correlationId, causationId, now), start.reason()), correlationId);
        return true;
    }

    /** After a replay: today's unfinished plans within their grace are carried on by this instance. */
    public void resumeUnfinished(SellerState state, Function<String, String> correlationOf) {
        Optional<Instant> now = state.marketTime();
        if (now.isEmpty()) {
            return;
        }
        for (Position position : state.trading().positions().openPositions()) {
            OrderBook orders = state.trading().orders();
            unfinished(position, orders, now.get())
                    .filter(plan -> plan.holdsOthersBack(now.get(), settings.grace()))
                    .ifPresent(plan -> {
                        String correlationId = correlationOf.apply(position.symbol());
                        DecisionLog.log("partial-profit-resume", position.symbol(), correlationId, "plan "
                                + plan.planId() + " was left at " + plan.stage() + "; carrying it on");
                        carryOn(plan, position, orders, correlationId, null, now.get());
                    });
        }
    }

    private Optional<PartialProfitPlan> unfinished(Position position, OrderBook orders, Instant now) {
        if (!position.isOpen() || position.openedAt() == null) {
            return Optional.empty();
        }
        BigDecimal newStop = PartialProfitRule.newStop(position, settings.rule()).orElse(null);
        return PartialProfitPlan.recover(orders, position, PartialProfitPlan.idFor(position, now), newStop)
                .filter(plan -> !plan.stage().isTerminal());
    }

    private void carryOn(PartialProfitPlan plan, Position position, OrderBook orders, String correlationId,
                         String causationId, Instant now) {
        List<String> cancels = SymbolOrders.of(orders, position.symbol()).liveExits().stream()
                .map(TrackedOrder::brokerOrderId).filter(Objects::nonNull).toList();
        report(executor.resume(plan, new PartialProfitExecutor.Context(cancels, correlationId, causationId, now)),
                correlationId);
    }

    private void report(PartialProfitExecutor.Outcome outcome, String correlationId) {
        PartialProfitPlan plan = outcome.plan();
        outcome.unprotected().ifPresent(gap -> Metrics.timer(UNPROTECTED).record(gap));
        String gap = outcome.unprotected().map(d -> "; unprotected for " + d.toMillis() + " ms").orElse("");
        switch (plan.stage()) {
            case PROTECTED -> DecisionLog.log("partial-profit", plan.symbol(), correlationId, "sold "
                    + plan.soldQty().toPlainString() + " of " + plan.positionQty().toPlainString() + ", the rest "
                    + "protected by OCO at stop " + plan.newStop().toPlainString() + " and take-profit "
                    + plan.takeProfit().toPlainString() + gap);
            case ROLLED_BACK -> DecisionLog.log("partial-profit-rolled-back", plan.symbol(), correlationId,
                    "the sale failed; all " + plan.positionQty().subtract(plan.soldQty()).toPlainString()
                            + " shares protected again at stop " + plan.restoreStop().toPlainString() + gap);
            default -> DecisionLog.log("partial-profit-pending", plan.symbol(), correlationId, "plan "
                    + plan.planId() + " stopped at " + plan.stage());
        }
    }

    private static void decline(String symbol, String correlationId, String check, String reason) {
        Metrics.counter(DECLINES, "check", check).increment();
        DecisionLog.log("partial-profit-declined", symbol, correlationId, reason);
    }
}
