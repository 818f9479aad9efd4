package com.tradesuite.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.tradesuite.schemas.event.OrderPurpose;

class ClientOrderIdsTest {

    @Test
    void givenTheSameTrailingDecision_whenDerivedTwice_thenTheIdIsTheSame() {
        String first = ClientOrderIds.forTrailingStop("AAPL", "stop-1", new BigDecimal("227.15"));

        assertThat(ClientOrderIds.forTrailingStop("AAPL", "stop-1", new BigDecimal("227.15"))).isEqualTo(first);
        assertThat(first).startsWith("trail-").hasSizeLessThanOrEqualTo(128);
    }

    @Test
    void givenAnotherPriceOrStopOrder_whenDerived_thenTheIdDiffers() {
        String id = ClientOrderIds.forTrailingStop("AAPL", "stop-1", new BigDecimal("227.15"));

        assertThat(ClientOrderIds.forTrailingStop("AAPL", "stop-1", new BigDecimal("227.20"))).isNotEqualTo(id);
        assertThat(ClientOrderIds.forTrailingStop("AAPL", "stop-2", new BigDecimal("227.15"))).isNotEqualTo(id);
        assertThat(ClientOrderIds.forTrailingStop("MSFT", "stop-1", new BigDecimal("227.15"))).isNotEqualTo(id);
    }

    @Test
    void givenARetryOfAPositionOrder_whenDerived_thenItGetsAFreshId() {
        Instant opened = Instant.parse("2026-03-02T15:00:00Z");

        assertThat(ClientOrderIds.forPositionOrder(OrderPurpose.REPROTECT, "AAPL", opened, 1))
                .isNotEqualTo(ClientOrderIds.forPositionOrder(OrderPurpose.REPROTECT, "AAPL", opened, 2))
                .startsWith("reprotect-");
        assertThat(ClientOrderIds.forEntry("signal-1")).isEqualTo(ClientOrderIds.forEntry("signal-1"))
                .startsWith("entry-");
    }
}
