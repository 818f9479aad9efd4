package com.tradesuite.seller.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.service.InvalidConfigException;
import com.tradesuite.service.config.EnvironmentAliases;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** {@link SellerConfig} read as Quarkus reads it: defaults, the documented variables, and bad values naming their key. */
class SellerConfigTest {

    private static final String TIMEFRAME = "tradesuite.seller.bars.timeframe";
    private static final String ATR_PERIOD = "tradesuite.seller.trailing.atr-period";
    private static final String ATR_MULTIPLE = "tradesuite.seller.trailing.atr-multiple";
    private static final String MIN_STEP = "tradesuite.seller.trailing.min-step";
    private static final String COOLDOWN = "tradesuite.seller.cooldown.length";
    private static final String INTENT_GRACE = "tradesuite.seller.arbiter.intent-grace";
    private static final String REPLACE_WINDOW = "tradesuite.seller.arbiter.replace-window";
    private static final String MOMENTUM_LOOKBACK = "tradesuite.seller.momentum.lookback-bars";
    private static final String MOMENTUM_STRONG_MOVE = "tradesuite.seller.momentum.strong-move-atr";
    private static final String MOMENTUM_TIGHTEN = "tradesuite.seller.momentum.tighten-factor";
    private static final String MOMENTUM_EXTEND = "tradesuite.seller.momentum.extend-factor";

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void givenNothingSetThenTheDefaultsApply() {
        SellerSettings settings = settings(Map.of());

        assertThat(settings.timeframe()).isEqualTo(Timeframe.ONE_MINUTE);
        assertThat(settings.atrPeriod()).isEqualTo(14);
        assertThat(settings.atrMultiple()).isEqualByComparingTo("2");
        assertThat(settings.minStep()).isEqualByComparingTo("0.05");
        assertThat(settings.cooldown()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.intentGrace()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.replaceWindow()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.momentum().lookback()).isEqualTo(5);
        assertThat(settings.momentum().strongMoveAtr()).isEqualByComparingTo("1.5");
        assertThat(settings.momentum().tightenFactor()).isEqualByComparingTo("0.5");
        assertThat(settings.momentum().extendFactor()).isEqualByComparingTo("1.5");
    }

    @Test
    void givenTheDocumentedVariablesThenTheySetTheKeys() {
        SellerSettings settings = settings(Map.of("SELLER_TRAILING_ATR_PERIOD", "7", "SELLER_COOLDOWN_LENGTH", "45m",
                "SELLER_INTENT_GRACE_SECONDS", "90", "SELLER_REPLACE_WINDOW_SECONDS", "PT5S"));

        assertThat(settings.atrPeriod()).isEqualTo(7);
        assertThat(settings.cooldown()).isEqualTo(Duration.ofMinutes(45));
        assertThat(settings.intentGrace()).as("a bare number is seconds").isEqualTo(Duration.ofSeconds(90));
        assertThat(settings.replaceWindow()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void givenBadValuesThenStartupStopsNamingTheirKey() {
        assertRejected(ATR_PERIOD, "0");
        assertRejected(ATR_PERIOD, "fourteen");
        assertRejected(ATR_MULTIPLE, "-1");
        assertRejected(ATR_MULTIPLE, "abc");
        assertRejected(MIN_STEP, "-0.01");
        assertRejected(COOLDOWN, "0");
        assertRejected(INTENT_GRACE, "-5");
        assertRejected(TIMEFRAME, " ");
        assertRejected(TIMEFRAME, "2Weeks");
        assertRejected(REPLACE_WINDOW, "2h");
        assertRejected(MOMENTUM_LOOKBACK, "0");
        assertRejected(MOMENTUM_STRONG_MOVE, "0");
        assertRejected(MOMENTUM_TIGHTEN, "1.5");
        assertRejected(MOMENTUM_EXTEND, "0.8");
    }

    @Test
    void givenTheRetiredCooldownMinutesVariableThenStartupStopsNamingItAndItsReplacement() {
        assertThatThrownBy(() -> settings(Map.of("SELLER_COOLDOWN_MINUTES", "30")))
                .isInstanceOfSatisfying(InvalidConfigException.class,
                        e -> assertThat(e.key()).isEqualTo("SELLER_COOLDOWN_MINUTES"))
                .hasMessageStartingWith("SELLER_COOLDOWN_MINUTES: ")
                .hasMessageContaining(COOLDOWN);
    }

    private static void assertRejected(String key, String value) {
        Map<String, String> values = new HashMap<>();
        values.put(key, value);
        assertThatThrownBy(() -> settings(values)).as(key + "=" + value)
                .satisfies(e -> {
                    if (e instanceof InvalidConfigException invalid) {
                        assertThat(invalid.key()).isEqualTo(key);
                        assertThat(invalid).hasMessageStartingWith(key + ": ");
                    } else {
                        assertThat(e).hasMessageContaining(key);
                    }
                });
    }

    private static SellerSettings settings(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                // Quarkus' own converters, e.g. durations as 30m, 120s, a bare number of seconds, or ISO-8601
                .addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withInterceptors(new EnvironmentAliases())
                .withMapping(SellerConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .build();
        return SellerSettingsProducer.settings(config.getConfigMapping(SellerConfig.class),
                config.getOptionalValue(SellerSettingsProducer.RETIRED_COOLDOWN_MINUTES, String.class));
    }
}
