package com.tradesuite.paperexchange.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One live order owned by the engine; status changes only through {@link #moveTo}, which enforces the state machine. */
public final class Order {

    private final String id;
    private final String clientOrderId;
    private final String symbol;
    private final String assetId;
    private final OrderSide side;
    private final OrderType type;
    private final OrderClass orderClass;
    private final LegRole role;
    private final boolean extendedHours;
    private final Instant createdAt;
    private TimeInForce timeInForce;
    private BigDecimal qty;
    private BigDecimal filledQty = BigDecimal.ZERO;
    private BigDecimal filledNotional = BigDecimal.ZERO;
    private BigDecimal limitPrice;
    private BigDecimal stopPrice;
    private BigDecimal trailPrice;
    private BigDecimal trailPercent;
    private BigDecimal hwm;
    private OrderStatus status;
    private OrderStatus statusBeforePending;
    private Instant updatedAt;
    private Instant filledAt;
    private Instant canceledAt;
    private Instant expiredAt;
    private Instant failedAt;
    private Instant replacedAt;
    private String replacedBy;
    private String replaces;
    private Order parent;
    private final List<Order> legs = new ArrayList<>();
    private boolean triggered;
    private long liquidityBar = -1;
    private BigDecimal filledInLiquidityBar = BigDecimal.ZERO;
    private Order pendingReplacement;

    public Order(String id, String clientOrderId, String symbol, String assetId, OrderSide side, OrderType type,
                 OrderClass orderClass, LegRole role, TimeInForce timeInForce, BigDecimal qty, boolean extendedHours,
                 OrderStatus initialStatus, Instant createdAt) {
        this.id = id;
        this.clientOrderId = clientOrderId;
        this.symbol = symbol;
        this.assetId = assetId;
        this.side = side;
        this.type = type;
        this.orderClass = orderClass;
        this.role = role;
        this.timeInForce = timeInForce;
        this.qty = qty;
        this.extendedHours = extendedHours;
        this.status = initialStatus;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Moves to {@code next}, refusing transitions Alpaca never makes. */
    public void moveTo(OrderStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new IllegalOrderTransitionException(id, status, next);
        }
        if (next == OrderStatus.PENDING_REPLACE || next == OrderStatus.PENDING_CANCEL) {
            statusBeforePending = status;
        }
        status = next;
        updatedAt = at;
        switch (next) {
            case FILLED -> filledAt = at;
            case CANCELED -> canceledAt = at;
            case EXPIRED -> expiredAt = at;
            case REJECTED -> failedAt = at;
            case REPLACED -> replacedAt = at;
            default -> { }
        }
    }

    /** Back to the state held before a pending replace/cancel that did not happen. */
    public void revertPending(Instant at) {
        moveTo(statusBeforePending == null ? OrderStatus.NEW : statusBeforePending, at);
    }

    public void recordFill(BigDecimal fillQty, BigDecimal price, long barSequence) {
        filledNotional = filledNotional.add(fillQty.multiply(price));
        filledQty = filledQty.add(fillQty);
        if (liquidityBar != barSequence) {
            liquidityBar = barSequence;
            filledInLiquidityBar = BigDecimal.ZERO;
        }
        filledInLiquidityBar = filledInLiquidityBar.add(fillQty);
    }

    /** Quantity this order may still fill in bar {@code barSequence} under a per-bar liquidity cap. */
    public BigDecimal liquidityLeft(long barSequence, BigDecimal capPerBar) {
        BigDecimal remaining = remainingQty();
        if (capPerBar == null) {
            return remaining;
        }
        BigDecimal used = liquidityBar == barSequence ? filledInLiquidityBar : BigDecimal.ZERO;
        return remaining.min(capPerBar.subtract(used).max(BigDecimal.ZERO));
    }

    public BigDecimal remainingQty() {
        return qty.subtract(filledQty);
    }

    public BigDecimal filledAvgPrice() {
        if (filledQty.signum() == 0) {
            return null;
        }
        return filledNotional.divide(filledQty, 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public OrderSnapshot snapshot(boolean withLegs) {
        List<OrderSnapshot> legSnapshots = null;
        if (withLegs && !legs.isEmpty()) {
            legSnapshots = legs.stream().map(leg -> leg.snapshot(false)).toList();
        }
        return new OrderSnapshot(id, clientOrderId, createdAt, updatedAt, createdAt, filledAt, expiredAt, canceledAt,
                failedAt, replacedAt, replacedBy, replaces, assetId, symbol, qty, filledQty, filledAvgPrice(),
                orderClass, type, side, timeInForce, limitPrice, stopPrice, trailPrice, trailPercent, hwm, status,
                extendedHours, parent == null ? null : parent.id, role, legSnapshots);
    }

    public String id() { return id; }
    public String clientOrderId() { return clientOrderId; }
    public String symbol() { return symbol; }
    public String assetId() { return assetId; }
    public OrderSide side() { return side; }
    public OrderType type() { return type; }
    public OrderClass orderClass() { return orderClass; }
    public LegRole role() { return role; }
    public boolean extendedHours() { return extendedHours; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public TimeInForce timeInForce() { return timeInForce; }
    public BigDecimal qty() { return qty; }
    public BigDecimal filledQty() { return filledQty; }
    public BigDecimal limitPrice() { return limitPrice; }
    public BigDecimal stopPrice() { return stopPrice; }
    public BigDecimal trailPrice() { return trailPrice; }
    public BigDecimal trailPercent() { return trailPercent; }
    public BigDecimal hwm() { return hwm; }
    public OrderStatus status() { return status; }
    public String replacedBy() { return replacedBy; }
    public String replaces() { return replaces; }
    public Order parent() { return parent; }
    public List<Order> legs() { return legs; }
    public boolean triggered() { return triggered; }
    public OrderStatus statusBeforePending() { return statusBeforePending; }
    public Order pendingReplacement() { return pendingReplacement; }

    public void setTimeInForce(TimeInForce value) { timeInForce = value; }
    public void setQty(BigDecimal value) { qty = value; }
    public void setLimitPrice(BigDecimal value) { limitPrice = value; }
    public void setStopPrice(BigDecimal value) { stopPrice = value; }
    public void setTrailPrice(BigDecimal value) { trailPrice = value; }
    public void setTrailPercent(BigDecimal value) { trailPercent = value; }
    public void setHwm(BigDecimal value) { hwm = value; }
    public void setReplacedBy(String value) { replacedBy = value; }
    public void setReplaces(String value) { replaces = value; }
    public void setParent(Order value) { parent = value; }
    public void markTriggered() { triggered = true; }
    public void setPendingReplacement(Order value) { pendingReplacement = value; }
    public void touch(Instant at) { updatedAt = at; }

    @Override
    public String toString() {
        return "Order[" + id + " " + symbol + " " + side.wire() + " " + type.wire() + " " + qty + " " + status.wire()
                + (role == null ? "" : " " + role) + "]";
    }
}
