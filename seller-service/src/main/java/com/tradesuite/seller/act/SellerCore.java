package com.tradesuite.seller.act;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.seller.config.PartialProfitSettings;
import com.tradesuite.seller.config.SellerExitSettings;
import com.tradesuite.seller.config.SellerSettings;
import com.tradesuite.seller.decide.BarView;
import com.tradesuite.seller.decide.CooldownPlan;
import com.tradesuite.seller.decide.CooldownPlanner;
import com.tradesuite.seller.decide.TrailPlan;
import com.tradesuite.seller.decide.TrailPlanner;
import com.tradesuite.seller.state.SellerState;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.broker.BrokerPort;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.LoggedEvent;

/**
 * The seller's adapter logic: folds every input into {@link SellerState} (its own appends when it makes them, so
 * their echoes are skipped), and for live events only, turns the planners' decisions into an appended intent first
 * and then the broker call (trailing stop), or a cooldown.
 */
public final class SellerCore {

    public static final String SOURCE = "seller-service";
    private static final Logger LOG = Logger.getLogger(SellerCore.class);

    private final SellerSettings settings;
    private final TrailPlanner trailPlanner;
    private final CooldownPlanner cooldownPlanner;
    private final EventLog log;
    private final BrokerPort broker;
    private final Set<String> refusedReplaces = new HashSet<>();
    private final SellerExitDesk exits;
    private final PartialProfitDesk partials;
    private SellerState state;

    /** A seller with partial profits and the other exits off. */
    public SellerCore(SellerSettings settings, EventLog log, BrokerPort broker) {
        this(settings, SellerExitSettings.off(), PartialProfitSettings.disabled(), log, broker);
    }

    /** A seller with partial profits off. */
    public SellerCore(SellerSettings settings, SellerExitSettings exitSettings, EventLog log, BrokerPort broker) {
        this(settings, exitSettings, PartialProfitSettings.disabled(), log, broker);
    }

    /** A seller with the signal, time and market-close exits off. */
    public SellerCore(SellerSettings settings, PartialProfitSettings partialSettings, EventLog log,
                      BrokerPort broker) {
        this(settings, SellerExitSettings.off(), partialSettings, log, broker);
    }

    public SellerCore(SellerSettings settings, SellerExitSettings exitSettings, PartialProfitSettings partialSettings,
                      EventLog log, BrokerPort broker) {
        this.exits = new SellerExitDesk(settings, exitSettings, log, broker);
        this.settings = settings;
        this.partials = new PartialProfitDesk(partialSettings, log, broker, envelope -> state.apply(envelope));
        this.trailPlanner = TrailPlanner.of(settings);
        this.cooldownPlanner = CooldownPlanner.of(settings);
        this.log = log;
        this.broker = broker;
        this.state = new SellerState(settings);
    }

    /** Skips the echo of an append this instance already folded when it made it; else {@link #onEvent(EventEnvelope, boolean)}. */
    public void onEvent(LoggedEvent event) {
        if (!event.ownEcho()) {
            onEvent(event.envelope(), event.replay());
        }
    }

    /** Folds one event; acts only when it is live. Never throws: one bad decision must not stop the fold. */
    public void onEvent(EventEnvelope<?> envelope, boolean replay) {
        if (envelope.payload() instanceof TradingStateChanged change) {
            partials.fold(change);
            return;
        }
        Optional<BarView> bar = state.apply(envelope);
        if (replay) {
            return;
        }
        try {
            if (bar.isPresent()) {
                // Exits first: a plan that starts holds the partial and the trailing back (its cancels are in flight).
                exits.onBar(bar.get(), state, envelope.eventId());
                if (!partials.onBar(bar.get(), state, correlationOf(bar.get().symbol()), envelope.eventId())) {
                    trail(bar.get(), envelope.eventId());
                }
            } else {
                exits.onEvent(envelope, state);
            }
            if (envelope.payload() instanceof ExitAttributed) {
                @SuppressWarnings("unchecked")
                EventEnvelope<ExitAttributed> exit = (EventEnvelope<ExitAttributed>) envelope;
                Instant now = state.marketTime().orElse(envelope.occurredAt());
                coolDown(exit, now, now);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "acting on %s %s for %s failed: %s", envelope.type(), envelope.eventId(), envelope.symbol(),
                    e.getMessage());
        }
    }

    /** After a replay: losing exits the log shows without a cooldown (the seller was down) get theirs now. */
    public void onReplayCompleted() {
        try {
            partials.resumeUnfinished(state, this::correlationOf);
        } catch (RuntimeException e) {
            LOG.errorf(e, "resuming partial-profit plans failed: %s", e.getMessage());
        }
        for (SellerState.PendingLoss pending : state.uncooledLosses()) {
            try {
                coolDown(pending.exit(), pending.exitTime(), state.marketTime().orElse(pending.exitTime()));
            } catch (RuntimeException e) {
                LOG.errorf(e, "cooldown for %s failed: %s", pending.exit().eventId(), e.getMessage());
            }
        }
    }

    /** Partitions are being reassigned: forget everything, the replay rebuilds it. */
    public void reset() {
        state = new SellerState(settings);
        refusedReplaces.clear();
        exits.reset();
        partials.reset();
    }

    public SellerState state() {
        return state;
    }

    /** The partial-profit desk (its trading-mode fold travels in the seller's snapshots). */
    public PartialProfitDesk partials() {
        return partials;
    }

    private void trail(BarView view, String barEventId) {
        TrailPlan plan = trailPlanner.plan(view, state, refusedReplaces);
        String correlationId = correlationOf(view.symbol());
        if (plan instanceof TrailPlan.Raise raise) {
            raise(view, raise, correlationId, barEventId);
        } else if (plan instanceof TrailPlan.Wait wait) {
            DecisionLog.log("trail-stop-wait", view.symbol(), correlationId, wait.reason());
        } else {
            LOG.debugf("%s: trailing stop holds at bar %s: %s", view.symbol(), view.bar().barStart(), plan.reason());
        }
    }

    private void raise(BarView view, TrailPlan.Raise raise, String correlationId, String barEventId) {
        TrackedOrder stop = raise.stopOrder();
        if (!raise.resend()) {
            // Intent first: every layer sees the replace in flight before the broker does.
            EventEnvelope<OrderReplaceRequested> intent = EventEnvelope.withId("replace:" + raise.newClientOrderId(),
                    raise.intent(), view.symbol(), SOURCE, view.marketTime(), correlationId, barEventId);
            log.append(TopicCatalog.ORDERS, intent);
            state.apply(intent);
        }
        String move = "stop " + stop.stopPrice().toPlainString() + " -> " + raise.newStop().toPlainString()
                + " of order " + stop.brokerOrderId() + " as " + raise.newClientOrderId();
        BrokerPort.ReplaceOutcome outcome = broker.replaceStop(stop.brokerOrderId(), raise.newClientOrderId(),
                raise.newStop());
        if (outcome instanceof BrokerPort.ReplaceOutcome.Replaced replaced) {
            DecisionLog.log("trail-stop", view.symbol(), correlationId, "raised " + move + " (new order "
                    + replaced.newBrokerOrderId() + "): " + raise.reason());
        } else if (outcome instanceof BrokerPort.ReplaceOutcome.Refused refused) {
            refusedReplaces.add(raise.newClientOrderId());
            DecisionLog.log("trail-stop-refused", view.symbol(), correlationId, "broker refused " + move + ": "
                    + refused.reason() + "; re-evaluating on the next bar");
        } else if (outcome instanceof BrokerPort.ReplaceOutcome.Failed failed) {
            DecisionLog.log("trail-stop-failed", view.symbol(), correlationId, "no answer to " + move + ": "
                    + failed.reason() + "; the intent stays pending and is sent again after the grace period");
        }
    }

    private void coolDown(EventEnvelope<ExitAttributed> exit, Instant exitTime, Instant now) {
        CooldownPlan plan = cooldownPlanner.plan(exit, exitTime, now, state);
        String symbol = exit.symbol();
        if (plan instanceof CooldownPlan.Start start) {
            EventEnvelope<CooldownStarted> cooldown = EventEnvelope.withId(start.eventId(), start.cooldown(), symbol,
                    SOURCE, now, exit.correlationId(), exit.eventId());
            log.append(TopicCatalog.COOLDOWNS, cooldown);
            state.apply(cooldown);
            DecisionLog.log("cooldown-started", symbol, exit.correlationId(), start.reason());
        } else if (plan instanceof CooldownPlan.Skip skip && skip.loss()) {
            DecisionLog.log("cooldown-skipped", symbol, exit.correlationId(), skip.reason());
        } else {
            LOG.debugf("%s: %s", symbol, plan.reason());
        }
        state.decided(exit.payload().executionId());
    }

    /** The trade's correlation id: the one its entry intent carried, else the entry's client order id. */
    private String correlationOf(String symbol) {
        Position position = state.trading().positions().position(symbol);
        return state.correlationOf(position.entryClientOrderId()).orElse(position.entryClientOrderId());
    }
}
