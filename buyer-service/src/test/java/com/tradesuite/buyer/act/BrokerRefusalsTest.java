package com.tradesuite.buyer.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.tradesuite.broker.error.AuthenticationException;
import com.tradesuite.broker.error.BrokerUnavailableException;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.InsufficientBuyingPowerException;
import com.tradesuite.broker.error.RateLimitedException;
import com.tradesuite.broker.error.ValidationException;
import com.tradesuite.schemas.event.OrderRejected;

class BrokerRefusalsTest {

    @Test
    void givenABusinessRefusal_whenClassified_thenItIsARejection() {
        assertThat(BrokerRefusals.classify(buyingPower())).isEqualTo(BrokerRefusals.Outcome.REJECTED);
        assertThat(BrokerRefusals.classify(new ValidationException(422, 42210000L, "bad", "{}")))
                .isEqualTo(BrokerRefusals.Outcome.REJECTED);
        assertThat(BrokerRefusals.classify(new AuthenticationException(401, null, "unauthorized", "")))
                .isEqualTo(BrokerRefusals.Outcome.REJECTED);
    }

    @Test
    void givenAReusedClientOrderId_whenClassified_thenTheOrderIsAlreadyPlaced() {
        assertThat(BrokerRefusals.classify(new DuplicateClientOrderIdException(422, 40010001L,
                "client_order_id must be unique", "{}"))).isEqualTo(BrokerRefusals.Outcome.ALREADY_PLACED);
    }

    @Test
    void givenExhaustedRetries_whenClassified_thenTheOutcomeIsUnknown() {
        assertThat(BrokerRefusals.classify(new BrokerUnavailableException(503, null, "down", "", null)))
                .isEqualTo(BrokerRefusals.Outcome.UNKNOWN);
        assertThat(BrokerRefusals.classify(new RateLimitedException(42910000L, "slow down", "", null)))
                .isEqualTo(BrokerRefusals.Outcome.UNKNOWN);
    }

    @Test
    void givenARefusal_whenWrittenAsRejection_thenItCarriesTheBrokersMessageAndCode() {
        OrderRejected rejected = BrokerRefusals.rejection("entry-1", buyingPower());

        assertThat(rejected.clientOrderId()).isEqualTo("entry-1");
        assertThat(rejected.reason()).isEqualTo("HTTP 403 code 40310000: insufficient buying power");
        assertThat(rejected.code()).isEqualTo(40310000);
    }

    @Test
    void givenNoBrokerCode_whenWrittenAsRejection_thenTheHttpStatusIsTheCode() {
        OrderRejected rejected = BrokerRefusals.rejection("entry-1", new AuthenticationException(401, null, "", ""));

        assertThat(rejected.code()).isEqualTo(401);
        assertThat(rejected.reason()).isEqualTo("HTTP 401: refused by the broker");
    }

    private static InsufficientBuyingPowerException buyingPower() {
        return new InsufficientBuyingPowerException(40310000L, "HTTP 403 code 40310000: insufficient buying power", "{}",
                new BigDecimal("100"), new BigDecimal("5000"));
    }
}
