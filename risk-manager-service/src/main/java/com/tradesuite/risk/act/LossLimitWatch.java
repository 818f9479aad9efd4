package com.tradesuite.risk.act;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.domain.mode.DailyLossLimitRule;
import com.tradesuite.domain.mode.MaxDrawdownRule;
import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.schemas.event.EquityPeakRecorded;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.service.broker.AccountFacts;
import com.tradesuite.service.broker.BrokerPort;
import com.tradesuite.service.log.EventLogUnavailableException;

/**
 * One check (while acting and owning partition 0): reads the account, records a risen equity peak on the log, applies
 * the daily loss limit (realised + unrealised: equity against the New York day's starting equity) and the max
 * drawdown from the folded peak at market time, and appends the change a rule trips, once per latch.
 */
public final class LossLimitWatch {

    private static final Logger LOG = Logger.getLogger(LossLimitWatch.class);

    private final BrokerPort broker;
    private final TradingStateDesk desk;
    private final Supplier<Instant> marketTime;
    private final BooleanSupplier acting;
    private final DailyLossLimitRule dailyLoss;
    private final MaxDrawdownRule drawdown;

    public LossLimitWatch(BrokerPort broker, TradingStateDesk desk, Supplier<Instant> marketTime,
                          BooleanSupplier acting, DailyLossLimitRule dailyLoss, MaxDrawdownRule drawdown) {
        this.broker = broker;
        this.desk = desk;
        this.marketTime = marketTime;
        this.acting = acting;
        this.dailyLoss = dailyLoss;
        this.drawdown = drawdown;
    }

    /** One check; returns the changes appended (empty when nothing tripped or nothing could be read). */
    public synchronized List<TradingStateChanged> check() {
        Instant now = marketTime.get();
        if (!acting.getAsBoolean() || now == null) {
            return List.of();
        }
        AccountFacts account;
        try {
            account = broker.account();
        } catch (BrokerException failure) {
            LOG.warnf("loss limits not checked: account not readable (%s)", failure.getMessage());
            return List.of();
        }
        TradingMode current = desk.current();
        BigDecimal dayPnl = account.equity().subtract(account.dayStartEquity());
        List<TradingStateChanged> appended = new ArrayList<>();
        try {
            // The peak lives on the log (a restart folds it back); a resume that cleared a drawdown re-based it.
            Optional<EquityPeakRecorded> risen = current.peak().recordFor(account.equity(), current.revision());
            if (risen.isPresent()) {
                current = desk.recordPeak(risen.get(), now);
            }
            Optional<TradingStateChanged> daily = dailyLoss.check(current, dayPnl, account.dayStartEquity(), now);
            if (daily.isPresent()) {
                current = desk.ruleChange(daily.get(), now);
                appended.add(daily.get());
            }
            Optional<TradingStateChanged> drop = drawdown.check(current, current.peak(), account.equity(), now);
            if (drop.isPresent()) {
                desk.ruleChange(drop.get(), now);
                appended.add(drop.get());
            }
        } catch (EventLogUnavailableException down) {
            LOG.warnf("loss limit tripped but not written, next check retries: %s", down.getMessage());
        }
        return appended;
    }
}
