package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.price.PriceRounding;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/**
 * The buyer's pre-trade checks, in order: new signal, no cooldown, nothing open in the symbol, trading not halted,
 * open-position limit, daily loss limit (New York day); then a bracket whose stop is at least the minimum distance
 * away, sized by risk per trade x confidence x regime and cut down to the caps (max position value, max exposure,
 * buying power), declined only when less than one share is left.
 */
public final class EntryDecider {

    private final EntryPolicy policy;

    public EntryDecider(EntryPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public EntryDecision decide(String symbol, EntrySignalled signal, TradingState state, AccountSnapshot account,
                                Instant now) {
        String id = signal.signalId();
        if (state.signals().isDecided(signal)) {
            return new EntryDecision.Rejected(id, EntryCheck.DUPLICATE_SIGNAL, "signal " + id + " was already decided");
        }
        if (signal.side() != Side.BUY) {
            return new EntryDecision.Rejected(id, EntryCheck.UNSUPPORTED_SIDE, "positions are long-only");
        }
        Optional<Instant> coolingUntil = state.cooldowns().coolingDownUntil(symbol, now);
        if (coolingUntil.isPresent()) {
            return new EntryDecision.Rejected(id, EntryCheck.COOLDOWN,
                    symbol + " is cooling down until " + coolingUntil.get());
        }
        Position position = state.positions().position(symbol);
        if (position.isOpen() || !state.orders().openEntries(symbol).isEmpty()) {
            return new EntryDecision.Rejected(id, EntryCheck.ALREADY_OPEN, position.isOpen()
                    ? symbol + " already has a position of " + position.qty().toPlainString()
                    : symbol + " already has an entry in flight");
        }
        if (account.tradingHalted()) {
            return new EntryDecision.Rejected(id, EntryCheck.TRADING_HALTED, "trading is halted");
        }
        int open = openSymbols(state).size();
        if (open >= policy.maxOpenPositions()) {
            return new EntryDecision.Rejected(id, EntryCheck.MAX_OPEN_POSITIONS,
                    open + " positions or entries open, the limit is " + policy.maxOpenPositions());
        }
        BigDecimal today = state.dailyPnl().on(now);
        if (today.compareTo(policy.maxDailyLoss().negate()) <= 0) {
            return new EntryDecision.Rejected(id, EntryCheck.DAILY_LOSS_LIMIT, "realised " + today.toPlainString()
                    + " on " + TradingDay.of(now) + " (New York), the daily loss limit is "
                    + policy.maxDailyLoss().toPlainString());
        }
        return sized(signal, state, account);
    }

    private EntryDecision sized(EntrySignalled signal, TradingState state, AccountSnapshot account) {
        String id = signal.signalId();
        SizingRules rules = policy.sizing();
        BigDecimal entry = PriceRounding.nearest(signal.referencePrice());
        Optional<MinimumStop.Bracket> legs = MinimumStop.apply(entry, PriceRounding.down(signal.suggestedStop()),
                PriceRounding.up(signal.suggestedTarget()), signal.atr(), rules);
        if (legs.isEmpty()) {
            return new EntryDecision.Rejected(id, EntryCheck.MIN_STOP_DISTANCE, "the minimum stop distance "
                    + MinimumStop.distance(entry, signal.atr(), rules).stripTrailingZeros().toPlainString()
                    + " leaves no stop price below the entry " + entry.toPlainString());
        }
        BigDecimal stop = legs.get().stop();
        MarketRegime regime = regimeOf(signal);
        BigDecimal budget = PositionSizer.riskBudget(account.equity(), policy.riskPercent(),
                signal.confidence().multiply(regime.sizeFactor()));
        BigDecimal riskQty = PositionSizer.shares(budget, entry, stop);
        if (riskQty.compareTo(BigDecimal.ONE) < 0) {
            return new EntryDecision.Rejected(id, EntryCheck.QTY_BELOW_ONE, "risk budget " + budget.toPlainString()
                    + " buys less than one share at " + entry.subtract(stop).toPlainString() + " risk per share");
        }
        SizeCaps.Capped capped = SizeCaps.apply(riskQty, entry, account, OpenExposure.of(state), rules);
        String sizing = (legs.get().widened() ? legs.get().reason() + "; " : "") + "regime " + regime + "; "
                + capped.reason();
        if (capped.qty().compareTo(BigDecimal.ONE) < 0) {
            return new EntryDecision.Rejected(id, capped.limit().check(), sizing);
        }
        BigDecimal limit = policy.entryType() == OrderType.LIMIT ? entry : null;
        return new EntryDecision.Accepted(id, ClientOrderIds.forEntry(id), capped.qty(), policy.entryType(), limit,
                legs.get().target(), stop, entry.subtract(stop), budget, sizing);
    }

    /** Signals carry no regime yet: every signal is sized as NORMAL until the scanner hands one over. */
    private static MarketRegime regimeOf(EntrySignalled signal) {
        return MarketRegime.NORMAL;
    }

    private static Set<String> openSymbols(TradingState state) {
        Set<String> symbols = new HashSet<>(state.orders().symbolsWithOpenEntries());
        state.positions().openPositions().forEach(position -> symbols.add(position.symbol()));
        return symbols;
    }
}
