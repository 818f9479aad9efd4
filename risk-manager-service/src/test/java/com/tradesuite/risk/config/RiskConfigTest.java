package com.tradesuite.risk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.tradesuite.service.InvalidConfigException;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** The risk keys as Quarkus reads them: defaults, duration forms, and a bad value or pair naming its keys. */
class RiskConfigTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static RiskConfig from(Map<String, String> values) {
        BeanValidationConfigValidator validator = () -> VALIDATOR;
        return new SmallRyeConfigBuilder()
                .withMapping(RiskConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withValidator(validator)
                .build().getConfigMapping(RiskConfig.class);
    }

    @Test
    void givenNoKeys_whenRead_thenTheDocumentedDefaultsApply() {
        RiskConfig config = from(Map.of());

        assertThat(config.audit().interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.audit().debounce()).isEqualTo(Duration.ofMillis(300));
        assertThat(config.fallback().grace()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.hardStop().maxLossR()).isEqualByComparingTo("2");
        assertThat(config.protection().grace()).isEqualTo(Duration.ofSeconds(10));
        // An entry's held legs leave its filled shares bare: the wait must stay well under the 2 s invariant.
        assertThat(config.protection().entryFillGrace()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.protection().defaultStopFraction()).isEqualByComparingTo(new BigDecimal("0.02"));
        assertThat(config.protection().reprotectBackoffMax()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.cancel().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.reconcile().interval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.protectionPolicy().entryFillGrace()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.protectionPolicy().partialGrace()).isEqualTo(Duration.ofSeconds(10));
        RiskConfigCheck.check(config);
    }

    @Test
    void givenShortAndIsoDurations_whenRead_thenBothParse() {
        RiskConfig config = from(Map.of("tradesuite.risk.audit.interval", "500ms",
                "tradesuite.risk.fallback.grace", "PT45S", "tradesuite.risk.protection.reprotect-backoff-max", "5m"));

        assertThat(config.audit().interval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.fallback().grace()).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.protection().reprotectBackoffMax()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void givenThePartialGrace_whenRead_thenThePolicyWaitsThatLongForAPartialProfitPlan() {
        RiskConfig config = from(Map.of("tradesuite.risk.protection.partial-grace", "PT20S"));

        assertThat(config.protectionPolicy().partialGrace()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void givenABadDuration_whenRead_thenTheErrorNamesTheKey() {
        assertThatThrownBy(() -> from(Map.of("tradesuite.risk.fallback.grace", "soon")))
                .hasStackTraceContaining("tradesuite.risk.fallback.grace")
                .hasStackTraceContaining("soon");
    }

    @Test
    void givenAHardStopNoWiderThanTheSoftStop_whenRead_thenTheErrorNamesTheKey() {
        assertThatThrownBy(() -> from(Map.of("tradesuite.risk.hard-stop.max-loss-r", "1")))
                .hasMessageContaining("tradesuite.risk.hard-stop.max-loss-r");
    }

    @Test
    void givenAStopFractionOutsideZeroToOne_whenRead_thenTheErrorNamesTheKey() {
        assertThatThrownBy(() -> from(Map.of("tradesuite.risk.protection.default-stop-fraction", "1.5")))
                .hasMessageContaining("tradesuite.risk.protection.default-stop-fraction");
    }

    @Test
    void givenAnAuditIntervalBelowItsMinimum_whenRead_thenTheErrorNamesTheKey() {
        assertThatThrownBy(() -> from(Map.of("tradesuite.risk.audit.interval", "10ms")))
                .hasMessageContaining("tradesuite.risk.audit.interval");
    }

    @Test
    void givenABackoffMaxBelowTheBackoff_whenChecked_thenBothKeysAreNamed() {
        RiskConfig config = from(Map.of("tradesuite.risk.protection.reprotect-backoff", "10s",
                "tradesuite.risk.protection.reprotect-backoff-max", "5s"));

        assertThatThrownBy(() -> RiskConfigCheck.check(config))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.risk.protection.reprotect-backoff-max:")
                .hasMessageContaining("tradesuite.risk.protection.reprotect-backoff ");
    }

    @Test
    void givenAConfirmDelayNotShorterThanTheInterval_whenChecked_thenBothKeysAreNamed() {
        RiskConfig config = from(Map.of("tradesuite.risk.reconcile.interval", "2s",
                "tradesuite.risk.reconcile.confirm-delay", "2s"));

        assertThatThrownBy(() -> RiskConfigCheck.check(config))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.risk.reconcile.confirm-delay:")
                .hasMessageContaining("tradesuite.risk.reconcile.interval");
    }

    @Test
    void givenAShortOperatorToken_whenChecked_thenTheKeyIsNamedAndTheValueIsNot() {
        RiskConfig config = from(Map.of("tradesuite.risk.operator-token", "short-secret"));

        assertThatThrownBy(() -> RiskConfigCheck.check(config))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.risk.operator-token:")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void givenNoOperatorTokenAndTheLossLimitDefaults_whenRead_thenTheEndpointIsClosedAndTheLimitsApply() {
        RiskConfig config = from(Map.of());

        assertThat(config.operatorToken()).isEmpty();
        assertThat(config.lossLimits().dailyLossPercent()).isEqualByComparingTo("2");
        assertThat(config.lossLimits().maxDrawdownPercent()).isEqualByComparingTo("10");
        assertThat(config.lossLimits().interval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givenADailyLossLimitAbove100Percent_whenRead_thenTheErrorNamesTheKey() {
        assertThatThrownBy(() -> from(Map.of("tradesuite.risk.loss-limits.daily-loss-percent", "150")))
                .hasMessageContaining("tradesuite.risk.loss-limits.daily-loss-percent");
    }
}
