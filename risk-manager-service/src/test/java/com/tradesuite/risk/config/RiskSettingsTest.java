package com.tradesuite.risk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradesuite.service.InvalidConfigException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RiskSettingsTest {

    private static RiskSettings from(Map<String, String> values) {
        return RiskSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void missingKeysTakeTheDocumentedDefaults() {
        RiskSettings settings = from(Map.of());

        assertThat(settings.auditInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.fallbackGrace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.hardStopMaxLossR()).isEqualByComparingTo("2");
        assertThat(settings.protection().grace()).isEqualTo(Duration.ofSeconds(10));
        // An entry's held legs leave its filled shares bare: the wait must stay well under the 2 s invariant.
        assertThat(settings.protection().entryFillGrace()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.protection().defaultStopFraction()).isEqualByComparingTo(new BigDecimal("0.02"));
        assertThat(settings.cancelTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void durationsReadShortAndIsoForms() {
        RiskSettings settings = from(Map.of(RiskSettings.AUDIT_INTERVAL, "500ms", RiskSettings.FALLBACK_GRACE, "PT45S"));

        assertThat(settings.auditInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.fallbackGrace()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aBadDurationNamesTheKey() {
        assertThatThrownBy(() -> from(Map.of(RiskSettings.FALLBACK_GRACE, "soon")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("risk.fallback.grace: 'soon' is not a duration");
    }

    @Test
    void aHardStopNoWiderThanTheSoftStopNamesTheKey() {
        assertThatThrownBy(() -> from(Map.of(RiskSettings.HARD_STOP_R, "1")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("risk.hard-stop.max-loss-r:");
    }

    @Test
    void aStopFractionOutsideZeroToOneNamesTheKey() {
        assertThatThrownBy(() -> from(Map.of(RiskSettings.DEFAULT_STOP_FRACTION, "1.5")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("risk.protection.default-stop-fraction:");
    }
}
