package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderRole;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.PositionReconciled;
import com.tradesuite.schemas.event.Side;

/**
 * One exit-source record per position-reducing fill: a fill of an entry bracket's leg belongs to the exchange
 * bracket, any other exit to the layer of the intent that placed it; P&L against the average entry, R against the
 * initial risk.
 */
public final class ExitAttribution {

    /** Reason of an exit whose order the suite never recorded (placed outside it). */
    public static final String UNATTRIBUTED = "unattributed: no intent on orders";

    /** Reason of an exit placed by an operator's flatten-all. */
    public static final String FLATTEN_ALL = "flatten-all";

    /** The broker order of a MANUAL exit is unknown: the record names this instead. */
    public static final String MANUAL_ORDER_ID = "outside-the-suite";

    private ExitAttribution() {
    }

    /**
     * @param before the position BEFORE this fill is folded
     * @return empty for buys, for fills already folded into {@code before}, and when there is no position to reduce
     */
    public static Optional<ExitAttributed> attribute(OrderFilled fill, Position before, OrderBook orders) {
        if (fill.side() != Side.SELL || !before.isOpen() || before.hasSeen(fill.executionId())) {
            return Optional.empty();
        }
        BigDecimal qty = fill.qty().min(before.qty());
        BigDecimal pnl = before.pnlOfSale(qty, fill.price());
        BigDecimal rMultiple = before.initialRiskPerShare()
                .map(risk -> fill.price().subtract(before.avgEntryPrice()).divide(risk, 4, RoundingMode.HALF_EVEN))
                .orElse(null);
        Optional<TrackedOrder> order = orders.byClientOrderId(before.symbol(), fill.clientOrderId())
                .or(() -> orders.byBrokerOrderId(before.symbol(), fill.brokerOrderId()));
        Source source = order.map(ExitAttribution::sourceOf).orElseGet(() -> sourceWithoutOrder(fill));
        return Optional.of(new ExitAttributed(fill.executionId(), fill.brokerOrderId(), fill.clientOrderId(),
                source.layer(), source.reason(), fill.orderType(), fill.price(), qty, pnl, rMultiple,
                before.qty().subtract(qty)));
    }

    /**
     * The MANUAL exit of a reconciliation that found fewer shares at the broker than the log held: the shares left
     * outside the suite, valued at the reconciliation's estimated exit price.
     *
     * @param before the position BEFORE the reconciliation is folded
     */
    public static Optional<ExitAttributed> attributeReconciliation(PositionReconciled reconciled, Position before) {
        BigDecimal qty = reconciled.reducedQty().min(before.qty());
        if (!before.isOpen() || qty.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal price = reconciled.exitPrice();
        BigDecimal rMultiple = before.initialRiskPerShare()
                .map(risk -> price.subtract(before.avgEntryPrice()).divide(risk, 4, RoundingMode.HALF_EVEN))
                .orElse(null);
        String id = reconciled.reconciliationId();
        return Optional.of(new ExitAttributed(id, MANUAL_ORDER_ID, id, ExitLayer.MANUAL,
                "closed outside the suite: " + reconciled.reason(), OrderType.MARKET, price, qty,
                before.pnlOfSale(qty, price), rMultiple, before.qty().subtract(qty)));
    }

    private record Source(ExitLayer layer, String reason) {
    }

    private static Source sourceOf(TrackedOrder order) {
        OrderPurpose purpose = order.purpose();
        if (order.role().isBracketLeg() && (purpose == null || purpose == OrderPurpose.ENTRY)) {
            return new Source(ExitLayer.EXCHANGE_BRACKET, legReason(order.role() == OrderRole.STOP_LOSS_LEG));
        }
        if (purpose == null) {
            return new Source(ExitLayer.RISK_SOFT_STOP, UNATTRIBUTED);
        }
        return new Source(purpose.layer(), reasonOf(purpose, order.role()));
    }

    private static Source sourceWithoutOrder(OrderFilled fill) {
        if (fill.parentOrderId() != null) {
            boolean stop = fill.orderType() == OrderType.STOP || fill.orderType() == OrderType.STOP_LIMIT;
            return new Source(ExitLayer.EXCHANGE_BRACKET, legReason(stop));
        }
        return new Source(ExitLayer.RISK_SOFT_STOP, UNATTRIBUTED);
    }

    /** The reason of a bracket leg's fill; {@link CloseReason} reads the labels back. */
    static String legReason(boolean stop) {
        return stop ? "stop-loss leg" : "take-profit leg";
    }

    /** Stable labels, so the exit-source breakdown groups them (and {@link CloseReason} maps them back). */
    static String reasonOf(OrderPurpose purpose, OrderRole role) {
        return switch (purpose) {
            case ENTRY -> "entry order sold";
            // The seller's replaces are TRAILING_STOP: of a stop, the trail; of a take-profit, its momentum extension.
            case TRAILING_STOP -> role.isStop() ? "trailing stop" : "extended take-profit";
            // The plan's sale is the partial profit; its OCO protects the rest like any other stop and target.
            case PARTIAL_PROFIT -> role == OrderRole.MARKET_EXIT ? "partial profit"
                    : role.isStop() ? "stop after partial profit" : "take-profit after partial profit";
            case SIGNAL_EXIT -> "signal exit";
            case TIME_EXIT -> "time exit";
            case MARKET_CLOSE -> "market close";
            case REPROTECT -> role.isStop() ? "re-protection stop" : "re-protection take-profit";
            case FALLBACK_EXIT -> "fallback exit";
            case EMERGENCY_EXIT -> "emergency hard stop";
            case FLATTEN -> FLATTEN_ALL;
            case ENTRY_TIMEOUT_CANCEL -> "entry timeout";
        };
    }
}
