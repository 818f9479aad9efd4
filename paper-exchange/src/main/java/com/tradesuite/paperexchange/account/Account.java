package com.tradesuite.paperexchange.account;

import com.tradesuite.paperexchange.order.OrderSide;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Cash account: buys spend cash, sells return it; equity is cash plus positions at the last price. */
public final class Account {

    private final String id;
    private BigDecimal cash;
    private BigDecimal lastEquity;
    private final Map<String, Position> positions = new TreeMap<>();

    public Account(String id, BigDecimal startingCash) {
        this.id = id;
        this.cash = startingCash;
        this.lastEquity = startingCash;
    }

    /** Applies one execution and returns the position quantity after it. */
    public BigDecimal applyFill(String symbol, OrderSide side, BigDecimal qty, BigDecimal price) {
        Position position = positions.computeIfAbsent(symbol, Position::new);
        BigDecimal notional = qty.multiply(price);
        if (side == OrderSide.BUY) {
            position.buy(qty, price);
            cash = cash.subtract(notional);
        } else {
            position.sell(qty);
            cash = cash.add(notional);
        }
        BigDecimal after = position.qty();
        if (after.signum() == 0) {
            positions.remove(symbol);
        }
        return after;
    }

    public Optional<Position> position(String symbol) {
        return Optional.ofNullable(positions.get(symbol));
    }

    public BigDecimal positionQty(String symbol) {
        Position position = positions.get(symbol);
        return position == null ? BigDecimal.ZERO : position.qty();
    }

    public List<Position> positions() {
        return List.copyOf(positions.values());
    }

    public BigDecimal longMarketValue(Function<String, BigDecimal> lastPrice) {
        BigDecimal total = BigDecimal.ZERO;
        for (Position position : positions.values()) {
            BigDecimal price = lastPrice.apply(position.symbol());
            total = total.add(position.qty().multiply(price == null ? position.avgEntryPrice() : price));
        }
        return total;
    }

    public BigDecimal equity(Function<String, BigDecimal> lastPrice) {
        return cash.add(longMarketValue(lastPrice));
    }

    /** Remembers equity at a session close: Alpaca's last_equity. */
    public void rollSession(Function<String, BigDecimal> lastPrice) {
        lastEquity = equity(lastPrice);
    }

    public String id() {
        return id;
    }

    public BigDecimal cash() {
        return cash;
    }

    public BigDecimal lastEquity() {
        return lastEquity;
    }
}
