package com.tradesuite.broker.bench;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.request.ClientOrderId;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark harness (not a test): order round-trip latency p50/p99 and orders/s through the client against an
 * in-process paper exchange. Args: [orders=2000] [threads=4] [warmup=200]. See README "Benchmark".
 */
public final class OrderRoundTripBenchmark {

    private OrderRoundTripBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = arg(args, 0, 2000);
        int threads = arg(args, 1, 4);
        int warmup = arg(args, 2, 200);
        PaperExchangeConfig exchangeConfig = PaperExchangeConfig.builder()
                .rateLimitPerMinute(Integer.MAX_VALUE).startingCash(new BigDecimal("1000000000")).build();
        try (PaperExchangeServer exchange = PaperExchangeServer.start(exchangeConfig)) {
            exchange.setPrice("AAPL", new BigDecimal("10.00"));
            BrokerConfig config = BrokerConfig.builder().keyId("BENCHKEY").secretKey("bench-secret")
                    .baseUrl(exchange.baseUrl()).rateLimitPerMinute(Integer.MAX_VALUE).build();
            try (BrokerClient client = BrokerClient.create(config)) {
                run(client, warmup, threads, "warmup");
                long[] nanos = run(client, orders, threads, "measured");
                report(nanos, threads);
            }
        }
    }

    /** Submits 1-share market buys (sells could race their buys into a short); returns each round trip in ns. */
    private static long[] run(BrokerClient client, int count, int threads, String runId) throws Exception {
        List<Long> samples = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                OrderRequest order = OrderRequest.market("AAPL", OrderSide.BUY, BigDecimal.ONE).withClientOrderId(ClientOrderId.derive("bench", "AAPL", runId + "-" + n));
                long t0 = System.nanoTime();
                client.trading().submitOrder(order);
                samples.add(System.nanoTime() - t0);
            }));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long elapsed = System.nanoTime() - started;
        long[] out = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if ("measured".equals(runId)) {
            System.out.printf("orders: %d in %.2f s -> %.0f orders/s%n", count, elapsed / 1e9, count / (elapsed / 1e9));
        }
        return out;
    }

    private static void report(long[] sorted, int threads) {
        System.out.printf("threads: %d%n", threads);
        System.out.printf("round trip p50: %.2f ms%n", percentile(sorted, 50) / 1e6);
        System.out.printf("round trip p99: %.2f ms%n", percentile(sorted, 99) / 1e6);
        System.out.printf("round trip max: %.2f ms%n", sorted[sorted.length - 1] / 1e6);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
