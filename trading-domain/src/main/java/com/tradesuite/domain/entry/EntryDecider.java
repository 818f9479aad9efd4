package com.tradesuite.domain.entry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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
 * open-position limit, daily loss limit (New York day), a choppy regime when blocked, the sector's position limit,
 * the correlation cap; then a bracket whose stop is at least the minimum distance away, sized by risk per trade x
 * confidence x regime and cut down to the caps (max position value, max exposure, sector exposure, buying power),
 * declined only when less than one share is left.
 */
public final class EntryDecider {

    private final EntryPolicy policy;

    public EntryDecider(EntryPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Decides without bar returns: every correlation is unmeasured, so the correlation cap never declines. */
    public EntryDecision decide(String symbol, EntrySignalled signal, TradingState state, AccountSnapshot account,
                                Instant now) {
        return decide(symbol, signal, state, account, new ReturnWindows(2), now);
    }

    /**
     * @param returns the recent bar returns of every symbol, for the correlation cap
     */
    public EntryDecision decide(String symbol, EntrySignalled signal, TradingState state, AccountSnapshot account,
                                ReturnWindows returns, Instant now) {
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
        Set<String> openSymbols = openSymbols(state);
        int open = openSymbols.size();
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
        RiskRules risk = policy.risk();
        MarketRegime regime = MarketRegime.of(signal.regime());
        if (regime == MarketRegime.CHOPPY && risk.choppy() == ChoppyRegime.BLOCK) {
            return new EntryDecision.Rejected(id, EntryCheck.REGIME,
                    "the scanner measured a CHOPPY market and choppy regimes are blocked");
        }
        SectorMap sectors = risk.sectors().map();
        String sector = sectors.sectorOf(symbol);
        List<String> inSector = openSymbols.stream().filter(other -> sector.equals(sectors.sectorOf(other)))
                .sorted().toList();
        if (inSector.size() >= risk.sectors().maxPositions()) {
            return new EntryDecision.Rejected(id, EntryCheck.SECTOR_POSITIONS, inSector.size()
                    + " positions or entries open in " + sector + " " + inSector + ", the sector limit is "
                    + risk.sectors().maxPositions());
        }
        CorrelationCap.Verdict correlation = CorrelationCap.check(symbol, openSymbols, returns, risk.correlation());
        if (correlation.breach().isPresent()) {
            return new EntryDecision.Rejected(id, EntryCheck.CORRELATION, correlation.breach().get());
        }
        String regimeNote = "regime " + regime + (regime == MarketRegime.CHOPPY && risk.choppy() == ChoppyRegime.IGNORE
                ? " (ignored)" : "");
        MarketRegime sizedAs = risk.choppy() == ChoppyRegime.IGNORE ? MarketRegime.NORMAL : regime;
        SizeCaps.Sector sectorExposure = new SizeCaps.Sector(sector,
                OpenExposure.of(state, other -> sector.equals(sectors.sectorOf(other))),
                risk.sectors().maxExposurePercent());
        return sized(signal, state, account, sizedAs, regimeNote, sectorExposure, correlation.note());
    }

    private EntryDecision sized(EntrySignalled signal, TradingState state, AccountSnapshot account,
                                MarketRegime regime, String regimeNote, SizeCaps.Sector sector,
                                String correlationNote) {
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
        BigDecimal budget = PositionSizer.riskBudget(account.equity(), policy.riskPercent(),
                signal.confidence().multiply(regime.sizeFactor()));
        BigDecimal riskQty = PositionSizer.shares(budget, entry, stop);
        if (riskQty.compareTo(BigDecimal.ONE) < 0) {
            return new EntryDecision.Rejected(id, EntryCheck.QTY_BELOW_ONE, "risk budget " + budget.toPlainString()
                    + " buys less than one share at " + entry.subtract(stop).toPlainString() + " risk per share");
        }
        SizeCaps.Capped capped = SizeCaps.apply(riskQty, entry, account, OpenExposure.of(state), sector, rules);
        String sizing = (legs.get().widened() ? legs.get().reason() + "; " : "") + regimeNote + "; sector "
                + sector.name() + "; " + correlationNote + "; " + capped.reason();
        if (capped.qty().compareTo(BigDecimal.ONE) < 0) {
            return new EntryDecision.Rejected(id, capped.limit().check(), sizing);
        }
        BigDecimal limit = policy.entryType() == OrderType.LIMIT ? entry : null;
        return new EntryDecision.Accepted(id, ClientOrderIds.forEntry(id), capped.qty(), policy.entryType(), limit,
                legs.get().target(), stop, entry.subtract(stop), budget, sizing);
    }

    private static Set<String> openSymbols(TradingState state) {
        Set<String> symbols = new HashSet<>(state.orders().symbolsWithOpenEntries());
        state.positions().openPositions().forEach(position -> symbols.add(position.symbol()));
        return symbols;
    }
}
