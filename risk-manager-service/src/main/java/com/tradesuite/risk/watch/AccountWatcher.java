package com.tradesuite.risk.watch;

import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.ws.TradeUpdateListener;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.service.log.EventLogUnavailableException;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.jboss.logging.Logger;

/**
 * The account watcher: every broker trade update of a symbol this instance owns is appended to {@code orders} /
 * {@code fills} once, skipping what the log (or this process, before the log folded it) already holds: a fill by
 * executionId and by its order's cumulative quantity, an order event by its deterministic id.
 */
public final class AccountWatcher implements TradeUpdateListener {

    private static final Logger LOG = Logger.getLogger(AccountWatcher.class);
    private static final int PUBLISH_ATTEMPTS = 3;

    private final TradeUpdateTranslator translator;
    private final WatchContext context;
    private final RiskState state;
    private final EventLog log;
    private final Runnable onAppended;
    private final Runnable onCaughtUp;
    private final Predicate<String> ownsSymbol;
    private final AtomicBoolean caughtUp = new AtomicBoolean();

    /**
     * @param onAppended called after new broker facts were appended (triggers a protection audit)
     * @param onCaughtUp called once, when the stream first listens with its catch-up done
     * @param ownsSymbol true for the symbols whose partition this instance owns; other symbols' facts are left to
     *     the instance that owns them
     */
    public AccountWatcher(TradeUpdateTranslator translator, WatchContext context, RiskState state, EventLog log,
                          Runnable onAppended, Runnable onCaughtUp, Predicate<String> ownsSymbol) {
        this.translator = translator;
        this.context = context;
        this.state = state;
        this.log = log;
        this.onAppended = onAppended;
        this.onCaughtUp = onCaughtUp;
        this.ownsSymbol = ownsSymbol;
    }

    @Override
    public void onUpdate(TradeUpdate update) {
        LOG.debugf("trade update %s order %s %s synthetic=%s", update.event(),
                update.order() == null ? null : update.order().id(),
                update.order() == null ? null : update.order().symbol(), update.synthetic());
        if (update.order() == null || !ownsSymbol.test(update.order().symbol())) {
            return;
        }
        List<Outgoing> facts = translator.translate(update, context);
        boolean appended = false;
        for (Outgoing fact : facts) {
            if (isNew(fact)) {
                appended |= append(fact);
            }
        }
        if (appended) {
            onAppended.run();
        }
    }

    @Override
    public void onListening(int connection) {
        LOG.infof("account watcher listening to trade updates (connection %d)", connection);
        if (caughtUp.compareAndSet(false, true)) {
            onCaughtUp.run();
        }
    }

    @Override
    public void onDisconnected(String reason) {
        LOG.warnf("account watcher lost the trade update stream: %s", reason);
    }

    @Override
    public void onError(Exception error) {
        LOG.warnf("account watcher stream problem: %s", error.getMessage());
    }

    private boolean isNew(Outgoing fact) {
        if (state.isKnown(fact.envelope().eventId())) {
            return false;
        }
        if (fact.envelope().payload() instanceof OrderFilled fill) {
            return state.fills().isNew(fill.executionId(), fill.brokerOrderId(), fill.cumulativeQty());
        }
        return true;
    }

    private boolean append(Outgoing fact) {
        for (int attempt = 1; attempt <= PUBLISH_ATTEMPTS; attempt++) {
            try {
                fact.appendTo(log);
                state.markPublished(fact.envelope());
                return true;
            } catch (EventLogUnavailableException e) {
                LOG.warnf("could not append %s (attempt %d of %d): %s", fact.envelope().eventId(), attempt,
                        PUBLISH_ATTEMPTS, e.getMessage());
            }
        }
        // The restart catch-up starts from the newest logged broker fact, so this update is re-derived then.
        LOG.errorf("broker fact %s NOT appended; it is recovered by the catch-up after a restart",
                fact.envelope().eventId());
        return false;
    }
}
