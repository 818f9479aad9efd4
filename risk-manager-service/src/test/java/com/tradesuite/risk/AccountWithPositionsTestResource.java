package com.tradesuite.risk;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.service.PaperExchangeTestResource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A paper exchange whose account already holds unprotected positions before the risk manager starts, as an
 * account a trader switches the suite on over: {@link #BARE} with no order at all, and {@link #HELD_BY_TAKE_PROFIT}
 * whose shares are all held by a lone take-profit limit sell (the seeds' incident).
 */
public class AccountWithPositionsTestResource implements QuarkusTestResourceLifecycleManager {

    static final String BARE = "QQQ";
    static final String HELD_BY_TAKE_PROFIT = "IWM";
    static final BigDecimal BARE_QTY = new BigDecimal("20");
    static final BigDecimal HELD_QTY = new BigDecimal("15");
    static final BigDecimal PRICE = new BigDecimal("100.00");

    private final PaperExchangeTestResource exchange = new PaperExchangeTestResource();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = exchange.startWith(PaperExchangeConfig.builder().port(0)
                .rateLimitPerMinute(100_000).symbols(symbols()));
        PaperExchangeServer server = PaperExchangeTestResource.server();
        try (BrokerClient trader = BrokerClient.create(BrokerConfig.fromEnvironment(config))) {
            server.setPrice(BARE, PRICE);
            server.setPrice(HELD_BY_TAKE_PROFIT, PRICE);
            trader.trading().submitOrder(OrderRequest.market(BARE, OrderSide.BUY, BARE_QTY)
                    .withClientOrderId("another-bot-qqq-buy"));
            trader.trading().submitOrder(OrderRequest.market(HELD_BY_TAKE_PROFIT, OrderSide.BUY, HELD_QTY)
                    .withClientOrderId("another-bot-iwm-buy"));
            trader.trading().submitOrder(OrderRequest.limit(HELD_BY_TAKE_PROFIT, OrderSide.SELL, HELD_QTY,
                    new BigDecimal("120.00")).withTimeInForce(TimeInForce.GTC)
                    .withClientOrderId("another-bot-iwm-take-profit"));
        }
        return config;
    }

    private static List<String> symbols() {
        List<String> symbols = new ArrayList<>(PaperExchangeConfig.DEFAULT_SYMBOLS);
        symbols.add(BARE);
        symbols.add(HELD_BY_TAKE_PROFIT);
        symbols.add(ReconciliationIT.CLOSED_OUTSIDE);
        return symbols;
    }

    @Override
    public void stop() {
        exchange.stop();
    }
}
