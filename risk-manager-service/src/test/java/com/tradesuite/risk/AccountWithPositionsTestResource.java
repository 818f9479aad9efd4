package com.tradesuite.risk;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.service.PaperExchangeTestResource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Makes the shared paper exchange's account hold unprotected positions before the risk manager starts, as an
 * account a trader switches the suite on over: {@link #BARE} with no order at all, and {@link #HELD_BY_TAKE_PROFIT}
 * whose shares are all held by a lone take-profit limit sell (the seeds' incident). A test profile's resource: it
 * starts after {@link PaperExchangeTestResource} (higher {@link #order()}) and seeds the exchange that one started;
 * the symbols are the module's extra exchange symbols (risk-manager-service/pom.xml).
 */
public class AccountWithPositionsTestResource implements QuarkusTestResourceLifecycleManager {

    static final String BARE = "QQQ";
    static final String HELD_BY_TAKE_PROFIT = "IWM";
    static final BigDecimal BARE_QTY = new BigDecimal("20");
    static final BigDecimal HELD_QTY = new BigDecimal("15");
    static final BigDecimal PRICE = new BigDecimal("100.00");

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Map<String, String> start() {
        PaperExchangeServer server = PaperExchangeTestResource.server();
        if (server == null) {
            throw new IllegalStateException("the shared paper exchange must start before the account is seeded");
        }
        Map<String, String> config = Map.of("APCA_API_BASE_URL", server.baseUrl(),
                "APCA_DATA_BASE_URL", server.baseUrl(), "APCA_STREAM_URL", server.streamUrl(),
                "APCA_API_KEY_ID", "another-bot-key-id", "APCA_API_SECRET_KEY", "another-bot-secret-key");
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
        return Map.of();
    }

    @Override
    public void stop() {
        // the shared exchange resource stops the exchange
    }
}
