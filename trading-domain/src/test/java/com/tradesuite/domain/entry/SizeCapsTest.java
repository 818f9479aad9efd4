package com.tradesuite.domain.entry;

import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SizeCapsTest {

    private static final SizingRules RULES = SizingRules.DEFAULTS;
    private static final AccountSnapshot ACCOUNT = new AccountSnapshot(dec("100000"), dec("200000"), false);

    @Test
    void givenARiskSizeWithinEveryCap_whenCapped_thenItIsKept() {
        SizeCaps.Capped capped = SizeCaps.apply(dec("100"), dec("50"), ACCOUNT, BigDecimal.ZERO, RULES);

        assertThat(capped.qty()).isEqualByComparingTo("100");
        assertThat(capped.limit()).isEqualTo(SizeCaps.Limit.RISK);
    }

    @Test
    void givenARiskSizeAboveTheMaxPositionValue_whenCapped_thenItIsCutToTheCap() {
        // 20 % of 100000 = 20000 -> 400 shares at 50
        SizeCaps.Capped capped = SizeCaps.apply(dec("1000"), dec("50"), ACCOUNT, BigDecimal.ZERO, RULES);

        assertThat(capped.qty()).isEqualByComparingTo("400");
        assertThat(capped.limit()).isEqualTo(SizeCaps.Limit.MAX_POSITION_VALUE);
    }

    @Test
    void givenOpenExposure_whenCapped_thenOnlyTheRoomUnderTheExposureLimitIsBought() {
        // 100 % of 100000 minus 95000 open = 5000 -> 100 shares at 50
        SizeCaps.Capped capped = SizeCaps.apply(dec("1000"), dec("50"), ACCOUNT, dec("95000"), RULES);

        assertThat(capped.qty()).isEqualByComparingTo("100");
        assertThat(capped.limit()).isEqualTo(SizeCaps.Limit.MAX_EXPOSURE);
    }

    @Test
    void givenLessBuyingPowerThanTheCaps_whenCapped_thenItIsCutToTheBuyingPower() {
        AccountSnapshot poor = new AccountSnapshot(dec("100000"), dec("1234"), false);

        SizeCaps.Capped capped = SizeCaps.apply(dec("1000"), dec("50"), poor, BigDecimal.ZERO, RULES);

        assertThat(capped.qty()).isEqualByComparingTo("24");
        assertThat(capped.limit()).isEqualTo(SizeCaps.Limit.BUYING_POWER);
        assertThat(capped.reason()).isEqualTo("risk size 1000 shares (50000) cut to 24 (1200) by buying power 1234");
    }

    @Test
    void givenACapBelowOneShare_whenCapped_thenZeroIsLeftAndTheCapNamesTheDeclineCheck() {
        SizeCaps.Capped capped = SizeCaps.apply(dec("10"), dec("50"), ACCOUNT, dec("99990"), RULES);

        assertThat(capped.qty()).isEqualByComparingTo("0");
        assertThat(capped.limit().check()).isEqualTo(EntryCheck.MAX_EXPOSURE);
    }

    @Test
    void givenExposureAboveTheLimit_whenCapped_thenNothingIsBoughtRatherThanANegativeSize() {
        SizeCaps.Capped capped = SizeCaps.apply(dec("10"), dec("50"), ACCOUNT, dec("150000"), RULES);

        assertThat(capped.qty()).isEqualByComparingTo("0");
    }
}
