package com.tradesuite.service.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Without TRADESUITE_LOG_JSON the console stays plain text, although the JSON extension is on the classpath. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class PlainLogsByDefaultIT {

    @Test
    void consoleLinesArePlainText() {
        String line = ConsoleLog.render("decision=entry-accepted symbol=AAPL");

        assertThat(line).contains("decision=entry-accepted symbol=AAPL").doesNotStartWith("{");
        assertThatThrownBy(() -> new ObjectMapper().readTree(line)).isInstanceOf(JsonProcessingException.class);
    }
}
