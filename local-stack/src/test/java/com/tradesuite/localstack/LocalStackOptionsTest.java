package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

    @Test
    void defaultsRunUntilInterruptedOnTheDocumentedPorts() {
        LocalStackOptions options = LocalStackOptions.parse(List.of());

        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.basePort()).isEqualTo(8081);
        assertThat(options.duration()).isNull();
        assertThat(options.help()).isFalse();
    }

    @Test
    void durationsAcceptShortAndIsoForms() {
        assertThat(LocalStackOptions.parse(List.of("--duration", "90s")).duration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(LocalStackOptions.parse(List.of("--duration", "5m")).duration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(LocalStackOptions.parse(List.of("--duration", "PT1H")).duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aBadValueNamesTheOption() {
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--kafka-port", "nine")))
                .hasMessage("--kafka-port: 'nine' is not a number");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--duration", "soon")))
                .hasMessageStartingWith("--duration: 'soon'");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--base-port")))
                .hasMessage("--base-port needs a value");
    }

    @Test
    void anUnknownOptionIsNamedWithTheUsage() {
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--fast")))
                .hasMessageStartingWith("unknown option --fast").hasMessageContaining("Usage:");
    }
}
