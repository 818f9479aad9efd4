package com.tradesuite.domain.exit;

import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.bar;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import com.tradesuite.schemas.event.BarClosed;
import org.junit.jupiter.api.Test;

class TrailingStopRuleTest {

    /** Trail 2 ATR below the highest close, move by at least 5 cents. */
    private final TrailingStopRule rule = new TrailingStopRule(dec("2"), dec("0.05"));

    private static BarClosed closing(String close) {
        return bar(at(60), close, close, close, close);
    }

    @Test
    void theStopFollowsTheHighestCloseMinusKAtr() {
        TrailDecision decision = rule.evaluate(dec("226.40"), dec("230.00"), closing("231.00"), dec("1.00"));

        assertThat(decision).isInstanceOfSatisfying(TrailDecision.Raise.class, raise -> {
            assertThat(raise.newStop()).isEqualByComparingTo("229.00");
            assertThat(raise.highestClose()).isEqualByComparingTo("231.00");
        });
    }

    @Test
    void aFallingPriceNeverLoosensTheStop() {
        TrailDecision decision = rule.evaluate(dec("229.00"), dec("231.00"), closing("229.50"), dec("1.00"));

        assertThat(decision).isInstanceOf(TrailDecision.Hold.class);
        assertThat(decision.highestClose()).isEqualByComparingTo("231.00");
    }

    @Test
    void aWiderAtrNeverLoosensTheStop() {
        assertThat(rule.evaluate(dec("229.00"), dec("231.00"), closing("231.00"), dec("3.00")))
                .isInstanceOf(TrailDecision.Hold.class);
    }

    @Test
    void aRaiseSmallerThanTheMinimumStepWaits() {
        // 231.03 - 2 = 229.03: only 3 cents above 229.00
        assertThat(rule.evaluate(dec("229.00"), dec("231.00"), closing("231.03"), dec("1.00")))
                .isInstanceOf(TrailDecision.Hold.class);
    }

    @Test
    void theNewStopIsRoundedDownBySubPennyRules() {
        // 231.077 - 2 x 1.0012 = 229.0746 -> 229.07
        TrailDecision.Raise dollar = (TrailDecision.Raise) rule.evaluate(dec("228.00"), null, closing("231.077"),
                dec("1.0012"));
        assertThat(dollar.newStop()).isEqualTo(dec("229.07"));
        // 0.60 - 2 x 0.01234 = 0.57532 -> 0.5753
        TrailDecision.Raise penny = (TrailDecision.Raise) new TrailingStopRule(dec("2"), dec("0.001"))
                .evaluate(dec("0.50"), null, closing("0.60"), dec("0.01234"));
        assertThat(penny.newStop()).isEqualTo(dec("0.5753"));
    }

    @Test
    void theStopStaysBelowTheMarket() {
        // highest close 240 says 238, but the market is at 231: a sell stop above it would be refused
        TrailDecision.Raise raise = (TrailDecision.Raise) rule.evaluate(dec("229.00"), dec("240.00"),
                closing("231.00"), dec("1.00"));
        assertThat(raise.newStop()).isEqualByComparingTo("230.99");
    }

    @Test
    void overAnyPricePathTheStopOnlyRises() {
        Random random = new Random(42);
        BigDecimal stop = dec("95.00");
        BigDecimal highest = null;
        BigDecimal price = dec("100.00");
        for (int i = 0; i < 500; i++) {
            price = price.add(BigDecimal.valueOf(random.nextInt(201) - 100, 2)).max(dec("1.00"));
            BigDecimal atr = BigDecimal.valueOf(50 + random.nextInt(200), 2);
            TrailDecision decision = rule.evaluate(stop, highest, closing(price.toPlainString()), atr);
            if (decision instanceof TrailDecision.Raise raise) {
                assertThat(raise.newStop()).isGreaterThan(stop);
                stop = raise.newStop();
            }
            highest = decision.highestClose();
        }
        assertThat(stop).isGreaterThan(dec("95.00"));
    }
}
