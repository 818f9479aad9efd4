package com.tradesuite.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import com.tradesuite.bench.fold.Percentiles;
import com.tradesuite.bench.report.ResultRow;
import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.broker.request.ClosePosition;
import com.tradesuite.domain.exit.PartialProfitPlan;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.service.broker.AlpacaBrokerPort;
import com.tradesuite.service.exit.PartialProfitExecutor;
import com.tradesuite.service.log.EventLog;

/**
 * Part (f): the seller's partial-profit plan (service-runtime's {@link PartialProfitExecutor}, the code the seller
 * runs) on the real paper exchange over HTTP, many times: how long the rest of a position is unprotected, from the
 * broker's confirmation of the legs' cancel to the acceptance of the new OCO. Goal: p99 under 250 ms, never 2 s.
 */
public final class PartialGapPart {

    static final int PLANS = 200;
    private static final String PART = "(f) partial-profit gap";
    private static final List<String> SYMBOLS = PaperExchangeConfig.DEFAULT_SYMBOLS;
    private static final BigDecimal TEN = BigDecimal.TEN;

    private PartialGapPart() {
    }

    public static List<ResultRow> run(BenchContext context) {
        long[] gaps = new long[PLANS];
        int measured = 0;
        AtomicInteger appended = new AtomicInteger();
        EventLog log = new EventLog() {
            @Override
            public <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope) {
                appended.incrementAndGet();
            }
        };
        try (PaperExchangeServer exchange = PaperExchangeServer.start(PaperExchangeConfig.builder().port(0)
                .rateLimitPerMinute(600_000).build());
             BrokerClient client = BrokerClient.create(BrokerConfig.fromEnvironment(Map.of(
                     BrokerConfig.BASE_URL, exchange.baseUrl(), BrokerConfig.DATA_URL, exchange.baseUrl(),
                     BrokerConfig.STREAM_URL, exchange.streamUrl(), BrokerConfig.KEY_ID, "bench-key",
                     BrokerConfig.SECRET_KEY, "bench-secret", BrokerConfig.RATE_LIMIT, "600000")))) {
            PartialProfitExecutor executor = new PartialProfitExecutor(log, new AlpacaBrokerPort(client),
                    envelope -> { }, "bench", Duration.ofSeconds(10));
            Deadline deadline = context.deadline(PART);
            for (int i = 0; i < PLANS; i++) {
                deadline.check();
                String symbol = SYMBOLS.get(i % SYMBOLS.size());
                Order entry = enter(exchange, client, symbol, i);
                exchange.setPrice(symbol, new BigDecimal("110"));
                PartialProfitPlan plan = PartialProfitPlan.start("bench-partial-" + i, symbol, TEN,
                        new BigDecimal("5"), new BigDecimal("95"), new BigDecimal("130"), new BigDecimal("100"),
                        exchange.now());
                List<String> legs = entry.legs().stream().map(Order::id).filter(Objects::nonNull).toList();
                PartialProfitExecutor.Outcome outcome = executor.start(plan, new PartialProfitExecutor.Context(legs,
                        "bench-" + i, null, exchange.now()), "bench plan " + i);
                if (outcome.plan().stage() != PartialProfitPlan.Stage.PROTECTED || outcome.unprotected().isEmpty()) {
                    throw new IllegalStateException("plan " + i + " ended at " + outcome.plan().stage());
                }
                gaps[measured++] = outcome.unprotected().get().toNanos();
                client.trading().cancelAllOrders();
                client.trading().closePosition(symbol, ClosePosition.all());
            }
        }
        Percentiles gap = new Percentiles(gaps, measured);
        context.out().printf("  %d plans: unprotected p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d events appended)%n",
                measured, gap.at(0.5) / 1e6, gap.at(0.99) / 1e6, gap.max() / 1e6, appended.get());
        List<ResultRow> rows = new ArrayList<>();
        rows.add(ResultRow.info(PART, "unprotected gap p50, " + measured + " plans", millis(gap.at(0.5))));
        rows.add(ResultRow.judged(PART, "unprotected gap p99 (cancel confirmed -> OCO accepted)",
                millis(gap.at(0.99)), "< 250 ms", gap.at(0.99) < Duration.ofMillis(250).toNanos()));
        rows.add(ResultRow.judged(PART, "unprotected gap max", millis(gap.max()), "< 2 s",
                gap.max() < Duration.ofSeconds(2).toNanos()));
        return rows;
    }

    /** A filled 10-share bracket at 100 (stop 95, target 130), read back with its legs. */
    private static Order enter(PaperExchangeServer exchange, BrokerClient client, String symbol, int i) {
        exchange.setPrice(symbol, new BigDecimal("100"));
        String clientOrderId = "bench-entry-" + i;
        client.trading().submitOrder(BracketEntry.of(symbol, OrderSide.BUY, TEN).market()
                .takeProfit(new BigDecimal("130")).stopLoss(new BigDecimal("95")).clientOrderId(clientOrderId)
                .build());
        return client.trading().getOrderByClientOrderId(clientOrderId);
    }

    private static String millis(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
