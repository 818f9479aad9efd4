package com.tradesuite.broker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.TradeUpdateListener;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two processes' clients on one API key (as the buyer and the risk manager are) share the key's per-minute budget
 * through the exchange's X-RateLimit headers: a burst of routine entries stops at the protective reserve, the
 * protective orders placed meanwhile land first, and every order reaches the exchange exactly once.
 */
class SharedBudgetIT {

    private static final int KEY_LIMIT_PER_MINUTE = 60;
    private static final int ROUTINE_ORDERS = 50;
    private static final int PROTECTIVE_ORDERS = 10;

    private final PaperExchangeServer exchange = PaperExchangeServer.start(PaperExchangeConfig.builder()
            .port(0).apiKeyId(PaperExchangeFixture.KEY_ID).apiSecretKey(PaperExchangeFixture.SECRET)
            .rateLimitPerMinute(KEY_LIMIT_PER_MINUTE).build());
    private final BrokerClient buyer = client();
    private final BrokerClient riskManager = client();
    private final ExecutorService burst = Executors.newFixedThreadPool(8);

    @AfterEach
    void close() throws InterruptedException {
        burst.shutdownNow();
        burst.awaitTermination(10, TimeUnit.SECONDS);
        buyer.close();
        riskManager.close();
        exchange.close();
    }

    @Test
    void protectiveOrdersGoFirstWhenABurstOfEntriesSpendsTheKeysBudgetAndNothingIsLostOrSentTwice()
            throws Exception {
        // given the exchange's own record of every order it accepted, in arrival order
        exchange.setPrice("SPY", new BigDecimal("500.00"));
        List<String> accepted = new CopyOnWriteArrayList<>();
        TradeUpdateListener recorder = update -> {
            if ("new".equals(update.event())) {
                accepted.add(update.order().clientOrderId());
            }
        };
        exchange.engine().addListener(recorder);
        // (the exchange counts in fixed one-minute windows: start early in one, so the burst cannot straddle two)
        await().atMost(Duration.ofSeconds(61)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().getEpochSecond() % 60 < 30);

        // when the buyer bursts more entries than the key allows in a minute
        List<Future<?>> entries = new ArrayList<>();
        for (int i = 0; i < ROUTINE_ORDERS; i++) {
            String clientOrderId = "entry-" + i;
            entries.add(burst.submit(() -> buyer.trading().submitOrder(restingBuy(clientOrderId))));
        }
        // and stops at the reserve (12 of 60) the server's count says is left
        await().atMost(Duration.ofSeconds(30)).until(() -> accepted.size() >= KEY_LIMIT_PER_MINUTE * 0.8 - 2
                || entries.stream().allMatch(Future::isDone));
        boolean burstHeldBack = !entries.stream().allMatch(Future::isDone);
        // and the risk manager protects positions meanwhile
        for (int i = 0; i < PROTECTIVE_ORDERS; i++) {
            riskManager.protectiveTrading().submitOrder(restingBuy("protect-" + i));
        }

        // then the protective orders landed while entries were still waiting
        int lastProtective = lastIndexWithPrefix(accepted, "protect-");
        assertThat(burstHeldBack).as("the burst was held back at the reserve").isTrue();
        assertThat(accepted.subList(0, lastProtective + 1).stream().filter(id -> id.startsWith("entry-")).count())
                .as("entries accepted before the last protective order").isLessThan(ROUTINE_ORDERS);
        // and once the window resets every entry lands too: none lost, none twice
        for (Future<?> entry : entries) {
            entry.get(90, TimeUnit.SECONDS);
        }
        exchange.engine().removeListener(recorder);
        assertThat(accepted).doesNotHaveDuplicates().hasSize(ROUTINE_ORDERS + PROTECTIVE_ORDERS);
    }

    private static OrderRequest restingBuy(String clientOrderId) {
        return OrderRequest.limit("SPY", OrderSide.BUY, BigDecimal.ONE, new BigDecimal("1.00"))
                .withClientOrderId(clientOrderId);
    }

    private static int lastIndexWithPrefix(List<String> ids, String prefix) {
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (ids.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private BrokerClient client() {
        return BrokerClient.create(BrokerConfig.builder()
                .keyId(PaperExchangeFixture.KEY_ID)
                .secretKey(PaperExchangeFixture.SECRET)
                .baseUrl(exchange.baseUrl())
                .streamUrl(exchange.streamUrl())
                .rateLimitPerMinute(KEY_LIMIT_PER_MINUTE)
                .maxAttempts(8)
                .backoffMax(Duration.ofSeconds(60))
                .build());
    }
}
