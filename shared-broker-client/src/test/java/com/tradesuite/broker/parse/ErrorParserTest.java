package com.tradesuite.broker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.broker.error.AuthenticationException;
import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.error.BrokerUnavailableException;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.ForbiddenException;
import com.tradesuite.broker.error.InsufficientBuyingPowerException;
import com.tradesuite.broker.error.InsufficientQtyException;
import com.tradesuite.broker.error.NotFoundException;
import com.tradesuite.broker.error.RateLimitedException;
import com.tradesuite.broker.error.ValidationException;
import com.tradesuite.broker.support.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorParserTest {

    private final ErrorParser parser = new ErrorParser(BrokerJson.newMapper());

    @Test
    void given_the_held_for_orders_403_then_insufficient_qty_with_every_detail() {
        BrokerException error = parser.parse(403, Fixtures.read("error-insufficient-qty.json"), null);

        assertThat(error).isInstanceOf(InsufficientQtyException.class);
        InsufficientQtyException qty = (InsufficientQtyException) error;
        assertThat(qty.code()).isEqualTo(40310000L);
        assertThat(qty.heldForOrders()).isEqualByComparingTo("59");
        assertThat(qty.available()).isEqualByComparingTo("0");
        assertThat(qty.existingQty()).isEqualByComparingTo("59");
        assertThat(qty.symbol()).isEqualTo("NVDA");
        assertThat(qty.relatedOrders()).containsExactly("503acd55-9a8c-477e-bb85-f10de42d80f3");
        assertThat(qty.isRetryable()).isFalse();
        assertThat(qty.getMessage()).contains("insufficient qty available");
    }

    @Test
    void given_the_buying_power_403_then_insufficient_buying_power() {
        BrokerException error = parser.parse(403, Fixtures.read("error-insufficient-buying-power.json"), null);

        assertThat(error).isInstanceOfSatisfying(InsufficientBuyingPowerException.class, bp -> {
            assertThat(bp.buyingPower()).isEqualByComparingTo("176531.28");
            assertThat(bp.costBasis()).isEqualByComparingTo("48640000");
        });
    }

    @Test
    void given_a_reused_client_order_id_then_duplicate_whatever_the_status() {
        assertThat(parser.parse(422, Fixtures.read("error-duplicate-client-order-id.json"), null))
                .isInstanceOf(DuplicateClientOrderIdException.class);
        assertThat(parser.parse(400, "{\"message\":\"client_order_id must be unique\"}", null))
                .isInstanceOf(DuplicateClientOrderIdException.class);
    }

    @Test
    void given_a_sub_penny_422_then_validation_not_retryable() {
        BrokerException error = parser.parse(422, Fixtures.read("error-sub-penny.json"), null);

        assertThat(error).isInstanceOf(ValidationException.class);
        assertThat(error.code()).isEqualTo(42210000L);
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).contains("sub-penny");
    }

    @Test
    void given_a_429_then_rate_limited_retryable_with_the_hint() {
        BrokerException error = parser.parse(429, Fixtures.read("error-rate-limited.json"), Duration.ofSeconds(3));

        assertThat(error).isInstanceOfSatisfying(RateLimitedException.class,
                r -> assertThat(r.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
        assertThat(error.isRetryable()).isTrue();
    }

    @Test
    void given_a_5xx_with_an_html_body_then_unavailable_retryable() {
        BrokerException error = parser.parse(502, "<html><body>Bad Gateway</body></html>", null);

        assertThat(error).isInstanceOf(BrokerUnavailableException.class);
        assertThat(error.isRetryable()).isTrue();
        assertThat(error.httpStatus()).isEqualTo(502);
    }

    @Test
    void given_other_statuses_then_their_own_types() {
        assertThat(parser.parse(401, "{\"message\":\"unauthorized.\"}", null)).isInstanceOf(AuthenticationException.class);
        assertThat(parser.parse(403, "{\"code\":40310100,\"message\":\"trading blocked\"}", null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(parser.parse(404, "{\"code\":40410000,\"message\":\"order not found\"}", null))
                .isInstanceOf(NotFoundException.class);
        assertThat(parser.parse(422, "", null)).isInstanceOf(ValidationException.class);
    }
}
