package com.tradesuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key resolution the manifest checks rely on: what each module really reads. */
class ServiceModuleTest {

    @Test
    void serviceKeysComeFromItsPropertiesTheSharedKeysAndBrokerConfig() {
        ServiceModule buyer = ServiceModule.byName("buyer-service");

        assertThat(buyer.httpPort()).isEqualTo(8082);
        assertThat(buyer.usesBroker()).isTrue();
        assertThat(buyer.envVars()).contains("BUYER_RISK_PERCENT", "SELLER_COOLDOWN_LENGTH",
                "KAFKA_BOOTSTRAP_SERVERS", "HTTP_PORT", "TRADESUITE_TOPICS_PARTITIONS", "APCA_API_KEY_ID",
                "APCA_API_SECRET_KEY", "APCA_API_BASE_URL", "TRADESUITE_BROKER_MAX_ATTEMPTS")
                .doesNotContain("BUYER_RISK_PERCENTAGE", "RISK_AUDIT_INTERVAL");
    }

    @Test
    void everyServiceReadsTheVariablesOfServiceRuntimesSharedDefaults() {
        assertThat(ServiceModule.envRefs(ServiceModule.text(ServiceModule.SHARED_DEFAULTS)))
                .contains("TRADESUITE_LOG_JSON");
        for (String name : ServiceModule.NAMES) {
            ServiceModule module = ServiceModule.byName(name);
            if (name.equals("paper-exchange")) {
                // The exchange does not depend on service-runtime.
                assertThat(module.envVars()).as(name).doesNotContain("TRADESUITE_LOG_JSON");
            } else {
                assertThat(module.envVars()).as(name).contains("TRADESUITE_LOG_JSON");
            }
        }
    }

    @Test
    void theMonitorHasNoBrokerKeys() {
        ServiceModule monitor = ServiceModule.byName("monitor-service");

        assertThat(monitor.usesBroker()).isFalse();
        assertThat(monitor.httpPort()).isEqualTo(8085);
        assertThat(monitor.envVars()).contains("KAFKA_BOOTSTRAP_SERVERS").doesNotContain("APCA_API_KEY_ID");
    }

    @Test
    void theExchangeReadsItsKeysInEnvironmentForm() {
        ServiceModule exchange = ServiceModule.byName("paper-exchange");

        assertThat(exchange.httpPort()).isEqualTo(8089);
        assertThat(exchange.envVars()).contains("PAPER_EXCHANGE_SPEED_UP", "PAPER_EXCHANGE_SEED",
                "PAPER_EXCHANGE_CSV_FILE", "QUARKUS_HTTP_PORT").doesNotContain("KAFKA_BOOTSTRAP_SERVERS");
    }
}
