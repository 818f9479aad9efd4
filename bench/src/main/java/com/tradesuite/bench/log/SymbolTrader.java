package com.tradesuite.bench.log;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/**
 * One symbol's trading as the suite logs it, one complete round trip at a time: bracket entry intent, the entry and
 * its two legs accepted, the entry fill, trailing-stop replaces of the stop leg, the exit fill on the stop or the
 * take-profit leg, the other leg canceled, the exit-source record and, after a loss, the cooldown. Deterministic for
 * a given seed.
 */
final class SymbolTrader {

    private static final BigDecimal RISK_DOLLARS = new BigDecimal("200");
    private static final Duration COOLDOWN = Duration.ofMinutes(30);

    private final String symbol;
    private final Random random;
    private BigDecimal price;
    private Instant clock;

    SymbolTrader(String symbol, long seed, Instant start) {
        this.symbol = symbol;
        this.random = new Random(seed);
        this.price = money(20 + random.nextDouble() * 480);
        this.clock = start.plusSeconds(random.nextInt(600));
    }

    String symbol() {
        return symbol;
    }

    /** The events of the next round trip, in the order the writers append them. */
    List<LogEvent> nextRoundTrip() {
        Instant signalBar = clock.truncatedTo(ChronoUnit.MINUTES);
        String signalId = "momentum:" + symbol + ":" + signalBar;
        TripEvents events = new TripEvents(symbol, signalId);
        List<LogEvent> trip = new ArrayList<>(24);

        BigDecimal entry = money(price.doubleValue() * (1 + (random.nextGaussian() * 0.002)));
        BigDecimal risk = money(entry.doubleValue() * (0.01 + random.nextDouble() * 0.02)).max(new BigDecimal("0.05"));
        BigDecimal stop = entry.subtract(risk);
        BigDecimal takeProfit = entry.add(risk.multiply(BigDecimal.valueOf(2)));
        BigDecimal qty = RISK_DOLLARS.divide(risk, 0, RoundingMode.DOWN).max(BigDecimal.ONE);
        String entryClientId = ClientOrderIds.forEntry(signalId);
        String entryBrokerId = brokerId();
        String stopClientId = entryClientId + "-sl";
        String stopBrokerId = brokerId();
        String takeProfitClientId = entryClientId + "-tp";
        String takeProfitBrokerId = brokerId();

        trip.add(events.entryIntent(entryClientId, qty, takeProfit, stop, tick(1, 2)));
        trip.add(events.entryAccepted(entryBrokerId, entryClientId, qty, tick(1, 2)));
        trip.add(events.stopLegAccepted(stopBrokerId, stopClientId, entryBrokerId, qty, stop, tick(0, 1)));
        trip.add(events.takeProfitLegAccepted(takeProfitBrokerId, takeProfitClientId, entryBrokerId, qty, takeProfit,
                tick(0, 1)));
        Instant openedAt = tick(1, 3);
        trip.add(events.fill(executionId(), entryBrokerId, entryClientId, null, Side.BUY, OrderType.MARKET, qty, entry,
                qty, openedAt));

        boolean takeProfitHit = random.nextDouble() < 0.35;
        int replaces = takeProfitHit ? random.nextInt(3) : random.nextInt(7);
        for (int attempt = 1; attempt <= replaces; attempt++) {
            stop = stop.add(money(risk.doubleValue() * (0.2 + random.nextDouble() * 0.2)));
            String newClientId = ClientOrderIds.forPositionOrder(OrderPurpose.TRAILING_STOP, symbol, openedAt, attempt);
            String newBrokerId = brokerId();
            trip.add(events.replaceRequested(stopBrokerId, newClientId, stop, tick(60, 600)));
            trip.add(events.replaced(stopBrokerId, stopClientId, newBrokerId, newClientId, stop, tick(0, 1)));
            stopBrokerId = newBrokerId;
            stopClientId = newClientId;
        }

        BigDecimal exitPrice = takeProfitHit ? takeProfit
                : stop.subtract(money(stop.doubleValue() * random.nextDouble() * 0.0005)).max(new BigDecimal("0.01"));
        String exitBrokerId = takeProfitHit ? takeProfitBrokerId : stopBrokerId;
        String exitClientId = takeProfitHit ? takeProfitClientId : stopClientId;
        OrderType exitType = takeProfitHit ? OrderType.LIMIT : OrderType.STOP;
        String exitExecution = executionId();
        Instant exitAt = tick(60, 1200);
        trip.add(events.fill(exitExecution, exitBrokerId, exitClientId, entryBrokerId, Side.SELL, exitType, qty,
                exitPrice, BigDecimal.ZERO, exitAt));
        trip.add(takeProfitHit ? events.canceled(stopBrokerId, stopClientId, tick(0, 1))
                : events.canceled(takeProfitBrokerId, takeProfitClientId, tick(0, 1)));

        BigDecimal pnl = exitPrice.subtract(entry).multiply(qty);
        BigDecimal rMultiple = exitPrice.subtract(entry).divide(risk, 4, RoundingMode.HALF_EVEN);
        ExitLayer layer = !takeProfitHit && replaces > 0 ? ExitLayer.SELLER : ExitLayer.EXCHANGE_BRACKET;
        String reason = takeProfitHit ? "take-profit leg" : replaces > 0 ? "trailing stop" : "stop-loss leg";
        trip.add(events.exitAttributed(exitExecution, exitBrokerId, exitClientId, layer, reason, exitType, exitPrice,
                qty, pnl, rMultiple, tick(0, 1)));
        if (pnl.signum() < 0) {
            trip.add(events.cooldown(exitExecution, exitAt.plus(COOLDOWN), pnl, tick(1, 2)));
        }
        price = exitPrice;
        clock = clock.plusSeconds(60 + random.nextInt(1800));
        return trip;
    }

    /** Advances this symbol's clock by min..max seconds and returns the new time. */
    private Instant tick(int minSeconds, int maxSeconds) {
        clock = clock.plusMillis(minSeconds * 1000L + random.nextInt((maxSeconds - minSeconds) * 1000 + 1));
        return clock;
    }

    private String brokerId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private String executionId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }
}
