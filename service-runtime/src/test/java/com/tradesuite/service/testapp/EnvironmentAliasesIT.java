package com.tradesuite.service.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.broker.BrokerClientConfig;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Inside Quarkus a documented variable sets its aliased mapping key: the failsafe configuration of this module sets
 * APCA_API_KEY_ID in the test JVM's environment, a name Quarkus' own environment mapping would never give
 * tradesuite.broker.key-id.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class EnvironmentAliasesIT {

    @Inject
    BrokerClientConfig broker;

    @Test
    void given_the_documented_variable_when_the_app_starts_then_the_aliased_mapping_key_has_its_value() {
        assertThat(System.getenv("APCA_API_KEY_ID")).isEqualTo("PK-FROM-ENVIRONMENT");

        assertThat(broker.keyId()).contains("PK-FROM-ENVIRONMENT");
        assertThat(ConfigProvider.getConfig().getValue("tradesuite.broker.key-id", String.class))
                .isEqualTo("PK-FROM-ENVIRONMENT");
    }
}
