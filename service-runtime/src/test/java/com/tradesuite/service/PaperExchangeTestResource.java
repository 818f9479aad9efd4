package com.tradesuite.service;

import java.util.Map;

import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real paper exchange (HTTP + trade_updates websocket) in the test JVM and points the service's broker
 * client at it. The simulated clock is manual: tests move it.
 */
public class PaperExchangeTestResource implements QuarkusTestResourceLifecycleManager {

    private static PaperExchangeServer server;

    /** The running exchange, for tests that move prices or the clock. */
    public static PaperExchangeServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        return startWith(PaperExchangeConfig.builder().port(0).rateLimitPerMinute(100_000));
    }

    /** Starts the exchange from {@code config} (e.g. more symbols); returns the service's broker settings. */
    public Map<String, String> startWith(PaperExchangeConfig.Builder config) {
        server = PaperExchangeServer.start(config.build());
        return Map.of(
                "APCA_API_BASE_URL", server.baseUrl(),
                "APCA_DATA_BASE_URL", server.baseUrl(),
                "APCA_STREAM_URL", server.streamUrl(),
                "APCA_API_KEY_ID", "test-key-id",
                "APCA_API_SECRET_KEY", "test-secret-key");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
