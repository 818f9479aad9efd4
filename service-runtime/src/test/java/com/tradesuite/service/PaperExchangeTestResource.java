package com.tradesuite.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real paper exchange (HTTP + trade_updates websocket) in the test JVM and points the service's broker
 * client at it. The simulated clock is manual: tests move it. Each start in a test JVM gets its own seed, so a
 * restarted exchange (a test profile) never hands out the broker ids of an earlier one that the shared log holds.
 * The system property {@value #EXTRA_SYMBOLS} (comma separated) lists symbols beyond the exchange's defaults.
 */
public class PaperExchangeTestResource implements QuarkusTestResourceLifecycleManager {

    /** System property: symbols the exchange lists beyond {@link PaperExchangeConfig#DEFAULT_SYMBOLS}. */
    public static final String EXTRA_SYMBOLS = "tradesuite.test.exchange.extra-symbols";
    private static final long FIRST_SEED = 42L;
    private static final AtomicLong STARTS = new AtomicLong();

    private static PaperExchangeServer server;

    /** The running exchange, for tests that move prices or the clock. */
    public static PaperExchangeServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        return startWith(PaperExchangeConfig.builder().port(0).rateLimitPerMinute(100_000).symbols(symbols())
                .seed(FIRST_SEED + STARTS.getAndIncrement()));
    }

    private static List<String> symbols() {
        List<String> symbols = new ArrayList<>(PaperExchangeConfig.DEFAULT_SYMBOLS);
        Arrays.stream(System.getProperty(EXTRA_SYMBOLS, "").split(",")).map(String::trim)
                .filter(symbol -> !symbol.isEmpty() && !symbols.contains(symbol)).forEach(symbols::add);
        return symbols;
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
