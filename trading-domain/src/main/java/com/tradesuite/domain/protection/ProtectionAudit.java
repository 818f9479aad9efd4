package com.tradesuite.domain.protection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.exit.MarketExitPlan;
import com.tradesuite.domain.exit.PartialProfitPlan;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.order.SymbolOrders;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.price.PriceRounding;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * Every open position has one live stop covering its full quantity; if not, cancel whatever holds the shares and
 * protect the whole position with one OCO exit (never a new entry), unless a higher layer's intent is in flight.
 */
public final class ProtectionAudit {

    private static final ExitLayer ACTING_LAYER = ExitLayer.RISK_SOFT_STOP;

    private final ProtectionPolicy policy;
    private final LayerArbiter arbiter;

    public ProtectionAudit(ProtectionPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.arbiter = new LayerArbiter(policy.grace(), policy.replaceWindow());
    }

    /** Is the position protected right now? */
    public ProtectionStatus status(Position position, OrderBook orders) {
        if (!position.isOpen()) {
            return new ProtectionStatus.Flat();
        }
        SymbolOrders symbolOrders = SymbolOrders.of(orders, position.symbol());
        Map<String, List<TrackedOrder>> groups = symbolOrders.activeExitGroups();
        if (groups.size() > 1) {
            List<String> ids = groups.values().stream().flatMap(List::stream).map(TrackedOrder::clientOrderId).toList();
            return new ProtectionStatus.ConflictingExits(groups.size() + " independent exits are live: " + ids, ids);
        }
        BigDecimal stopQty = symbolOrders.activeStopQty();
        if (stopQty.compareTo(position.qty()) >= 0) {
            return new ProtectionStatus.Protected(position.qty(), stopQty);
        }
        return new ProtectionStatus.Unprotected(gapReason(symbolOrders, position, stopQty),
                position.qty().subtract(stopQty));
    }

    /**
     * The verdict and the plan.
     *
     * @param lastPrice the latest trade or bar close, or null if unknown; a stop at or above it cannot be placed
     */
    public ProtectionAssessment assess(Position position, OrderBook orders, Instant now, BigDecimal lastPrice) {
        ProtectionStatus status = status(position, orders);
        if (status.isProtected()) {
            return new ProtectionAssessment(status, new ProtectionPlan.NoAction("protected"));
        }
        Optional<PartialProfitPlan> partial = PartialProfitPlan.unfinished(position, orders, now)
                .filter(plan -> plan.holdsOthersBack(now, policy.partialGrace()));
        if (partial.isPresent()) {
            return new ProtectionAssessment(status, new ProtectionPlan.Wait("partial-profit plan "
                    + partial.get().planId() + " is at " + partial.get().stage() + " since "
                    + partial.get().startedAt() + "; it protects the rest itself until "
                    + partial.get().startedAt().plus(policy.partialGrace())));
        }
        SymbolOrders symbolOrders = SymbolOrders.of(orders, position.symbol());
        Optional<String> wait = arbiter.mustWait(ACTING_LAYER, symbolOrders.inFlight(), now);
        if (wait.isPresent()) {
            return new ProtectionAssessment(status, new ProtectionPlan.Wait(wait.get()));
        }
        Optional<TrackedOrder> fillingEntry = symbolOrders.workingEntries().stream()
                .filter(entry -> now.isBefore(entry.createdAt().plus(policy.entryFillGrace()))).findFirst();
        if (status instanceof ProtectionStatus.Unprotected && fillingEntry.isPresent()) {
            return new ProtectionAssessment(status, new ProtectionPlan.Wait("entry " + fillingEntry.get().clientOrderId()
                    + " is still filling; its bracket legs activate when it completes"));
        }
        if (status instanceof ProtectionStatus.ConflictingExits) {
            Optional<ProtectionPlan> keepOne = keepBestCoveringExit(symbolOrders, position);
            if (keepOne.isPresent()) {
                return new ProtectionAssessment(status, keepOne.get());
            }
        }
        return new ProtectionAssessment(status, reprotect(position, orders, symbolOrders, lastPrice, now));
    }

    private ProtectionPlan reprotect(Position position, OrderBook orders, SymbolOrders symbolOrders,
                                     BigDecimal lastPrice, Instant now) {
        List<String> cancels = new ArrayList<>();
        // Shares held by any live sell (armed or not) block the new exit; an entry still filling would add
        // shares the new exit does not cover.
        symbolOrders.liveExits().forEach(order -> cancels.add(order.brokerOrderId()));
        symbolOrders.workingEntries().forEach(order -> cancels.add(order.brokerOrderId()));
        BigDecimal stop = PriceRounding.down(stopFor(position, symbolOrders));
        if (lastPrice != null && stop.compareTo(lastPrice) >= 0) {
            int attempt = symbolOrders.intentsSince(OrderPurpose.FALLBACK_EXIT, position.openedAt());
            return new ProtectionPlan.ExitNow(new MarketExitPlan(cancels,
                    ClientOrderIds.forPositionOrder(OrderPurpose.FALLBACK_EXIT, position.symbol(),
                            position.openedAt(), attempt),
                    OrderPurpose.FALLBACK_EXIT, position.qty(),
                    "unprotected and price " + lastPrice.toPlainString() + " is already through the stop "
                            + stop.toPlainString()));
        }
        BigDecimal takeProfit = PriceRounding.up(targetFor(position, stop));
        int attempt = symbolOrders.intentsSince(OrderPurpose.REPROTECT, position.openedAt());
        Optional<ProtectionPlan> backoff = backoff(position, orders, attempt, now);
        if (backoff.isPresent()) {
            return backoff.get();
        }
        OcoExitPlan oco = new OcoExitPlan(
                ClientOrderIds.forPositionOrder(OrderPurpose.REPROTECT, position.symbol(), position.openedAt(), attempt),
                position.qty(), takeProfit, stop, "re-protect " + position.qty().toPlainString() + " shares");
        return new ProtectionPlan.Reprotect(cancels, oco);
    }

    /**
     * Consecutive rejected re-protections of this position, newest first: while the newest is younger than the
     * backoff they earn, the next attempt waits.
     */
    private Optional<ProtectionPlan> backoff(Position position, OrderBook orders, int attempts, Instant now) {
        int failures = 0;
        Instant newestFailure = null;
        for (int attempt = attempts - 1; attempt >= 0; attempt--) {
            String clientOrderId = ClientOrderIds.forPositionOrder(OrderPurpose.REPROTECT, position.symbol(),
                    position.openedAt(), attempt);
            Optional<TrackedOrder> order = orders.byClientOrderId(position.symbol(), clientOrderId);
            if (order.isEmpty() || order.get().status() != OrderStatus.REJECTED) {
                break;
            }
            failures++;
            if (newestFailure == null) {
                newestFailure = order.get().createdAt();
            }
        }
        if (failures == 0 || newestFailure == null) {
            return Optional.empty();
        }
        Instant retryAt = newestFailure.plus(policy.reprotectDelay(failures));
        if (!now.isBefore(retryAt)) {
            return Optional.empty();
        }
        String reason = failures + " re-protection attempt(s) in a row were refused by the broker; next attempt at "
                + retryAt;
        return Optional.of(new ProtectionPlan.Backoff(failures, retryAt, reason));
    }

    /** The entry's stop, or a higher one already live (a trailed stop is never loosened), else the default distance. */
    private BigDecimal stopFor(Position position, SymbolOrders symbolOrders) {
        Optional<BigDecimal> liveStop = symbolOrders.liveExits().stream()
                .filter(order -> order.role().isStop() && order.stopPrice() != null)
                .map(TrackedOrder::stopPrice).max(Comparator.naturalOrder());
        Optional<BigDecimal> known = Optional.ofNullable(position.initialStopPrice());
        Optional<BigDecimal> best = liveStop.isPresent() && known.isPresent()
                ? Optional.of(liveStop.get().max(known.get())) : liveStop.or(() -> known);
        return best.orElseGet(() -> position.avgEntryPrice()
                .multiply(BigDecimal.ONE.subtract(policy.defaultStopFraction())));
    }

    private BigDecimal targetFor(Position position, BigDecimal stop) {
        BigDecimal target = position.takeProfitPrice() != null ? position.takeProfitPrice()
                : position.avgEntryPrice().add(position.avgEntryPrice().subtract(stop).abs()
                        .multiply(policy.rewardToRisk()));
        // Alpaca: an OCO's stop must be at least one tick below its take-profit limit.
        BigDecimal lowest = stop.add(PriceRounding.tick(stop));
        return target.max(lowest);
    }

    private Optional<ProtectionPlan> keepBestCoveringExit(SymbolOrders symbolOrders, Position position) {
        Map<String, List<TrackedOrder>> groups = symbolOrders.activeExitGroups();
        Optional<Map.Entry<String, List<TrackedOrder>>> keeper = groups.entrySet().stream()
                .filter(group -> stopQty(group.getValue()).compareTo(position.qty()) >= 0)
                .max(Comparator.comparingInt(group -> highestLayer(group.getValue())));
        if (keeper.isEmpty()) {
            return Optional.empty();
        }
        List<String> cancels = groups.entrySet().stream().filter(group -> !group.getKey().equals(keeper.get().getKey()))
                .flatMap(group -> group.getValue().stream()).map(TrackedOrder::brokerOrderId).toList();
        return Optional.of(new ProtectionPlan.CancelConflicting(cancels,
                "keep the covering exit of layer " + layerOf(keeper.get().getValue()) + ", cancel the others"));
    }

    private static BigDecimal stopQty(List<TrackedOrder> group) {
        return group.stream().filter(order -> order.role().isStop()).map(TrackedOrder::remainingQty)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int highestLayer(List<TrackedOrder> group) {
        return group.stream().mapToInt(order -> order.layer().priority()).max().orElse(0);
    }

    private static ExitLayer layerOf(List<TrackedOrder> group) {
        return group.stream().map(TrackedOrder::layer).max(Comparator.comparingInt(ExitLayer::priority))
                .orElse(ExitLayer.ENTRY);
    }

    private static String gapReason(SymbolOrders symbolOrders, Position position, BigDecimal stopQty) {
        if (!symbolOrders.workingEntries().isEmpty() && symbolOrders.activeExits().isEmpty()) {
            return "entry still filling: its bracket legs are not active yet";
        }
        Optional<TrackedOrder> holder = symbolOrders.activeExits().stream()
                .filter(order -> !order.role().isStop()).findFirst();
        if (stopQty.signum() == 0 && holder.isPresent()) {
            return holder.get().role() + " " + holder.get().clientOrderId() + " holds the shares and no stop is live";
        }
        if (stopQty.signum() == 0) {
            return "no live stop";
        }
        return "live stops cover " + stopQty.toPlainString() + " of " + position.qty().toPlainString() + " shares";
    }
}
