package com.tradesuite.broker.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientOrderIdTest {

    @Test
    void given_the_same_intent_when_derived_twice_then_the_same_id() {
        String first = ClientOrderId.derive("entry", "NVDA", "signal-42");
        String again = ClientOrderId.derive("entry", "NVDA", "signal-42");

        assertThat(again).isEqualTo(first);
        assertThat(first).matches("entry-nvda-[0-9a-f]{40}");
    }

    @Test
    void given_different_intents_when_derived_then_different_ids() {
        assertThat(ClientOrderId.derive("entry", "NVDA", "signal-42"))
                .isNotEqualTo(ClientOrderId.derive("entry", "NVDA", "signal-43"))
                .isNotEqualTo(ClientOrderId.derive("oco", "NVDA", "signal-42"))
                .isNotEqualTo(ClientOrderId.derive("entry", "AMD", "signal-42"));
    }

    @Test
    void given_huge_inputs_when_derived_then_at_most_128_chars_and_still_distinct() {
        String longPurpose = "p".repeat(500);
        String a = ClientOrderId.derive(longPurpose + "a", "BTC/USD".repeat(50), "k".repeat(10_000));
        String b = ClientOrderId.derive(longPurpose + "b", "BTC/USD".repeat(50), "k".repeat(10_000));

        assertThat(a).hasSizeLessThanOrEqualTo(ClientOrderId.MAX_LENGTH).doesNotContain("/");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void given_a_blank_part_when_derived_then_refused_by_name() {
        assertThatThrownBy(() -> ClientOrderId.derive("entry", "NVDA", " ")).hasMessageContaining("intentKey");
        assertThatThrownBy(() -> ClientOrderId.derive("", "NVDA", "k")).hasMessageContaining("purpose");
    }
}
