package com.tradesuite.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.SharedKafkaBroker;

/**
 * The packaged risk manager started as its own process with the seller's trailing distance tighter than the
 * buyer's minimum stop, set by the seller's documented variable: it refuses to start, naming both keys, because every
 * service checks the exit layers against each other from the same environment (ADR 0006).
 */
class ExitLayerConfigIT {

    @Test
    void givenATrailTighterThanTheEntrysMinimumStopWhenTheRiskManagerStartsThenItStopsNamingBothKeys() {
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", SharedKafkaBroker.bootstrapServers(),
                "APCA_API_BASE_URL", "http://127.0.0.1:9",
                "APCA_DATA_BASE_URL", "http://127.0.0.1:9",
                "APCA_STREAM_URL", "ws://127.0.0.1:9/stream",
                "APCA_API_KEY_ID", "test-key-id",
                "APCA_API_SECRET_KEY", "test-secret-key",
                "SELLER_TRAILING_ATR_MULTIPLE", "0.5");

        try (RiskManagerProcess riskManager = RiskManagerProcess.start("exit-layer-config-it", env)) {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !riskManager.isAlive());

            assertThat(riskManager.output()).contains("tradesuite.seller.trailing.atr-multiple, "
                    + "tradesuite.buyer.min-stop-atr-multiple: the trailing stop (0.5 ATR) must be at least the "
                    + "entry's minimum stop (1 ATR)");
            assertThat(riskManager.acting()).isFalse();
        }
    }
}
