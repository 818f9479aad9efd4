package com.tradesuite.scanner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.bars.BarFileFormat;
import com.tradesuite.domain.regime.RegimeSettings;
import com.tradesuite.domain.signal.MomentumReversalRule;
import com.tradesuite.domain.signal.MomentumSettings;
import com.tradesuite.service.InvalidConfigException;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

/** The mapping as Quarkus builds it (its duration converter, Bean Validation), plus the startup rules of the setup. */
class ScannerConfigTest {

    private static ScannerConfig config(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withMapping(ScannerConfig.class)
                .build();
        return config.getConfigMapping(ScannerConfig.class);
    }

    @Test
    void givenNoKeys_whenMapped_thenTheDocumentedDefaults() {
        ScannerConfig config = config(Map.of());

        assertThat(ScannerSetup.symbols(config)).containsExactly("AAPL", "AMD", "MSFT", "NVDA", "SPY", "TSLA");
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(ScannerSetup.csvFiles(config)).isEmpty();
        assertThat(ScannerSetup.csvFormat(config)).isEqualTo(BarFileFormat.defaults());
        assertThat(config.warmUpBars()).isEqualTo(60);
        assertThat(config.backfill()).isEqualTo(Duration.ofDays(5));
        assertThat(config.feed()).isEmpty();
        assertThat(ScannerSetup.momentum(config)).isEqualTo(MomentumSettings.defaults());
        assertThat(ScannerSetup.timeframe(config).length()).isEqualTo(Duration.ofMinutes(1));
        assertThat(ScannerSetup.regime(config)).isEqualTo(RegimeSettings.defaults());
    }

    @Test
    void givenRegimeKeys_whenMapped_thenTheRegimeSettingsTakeThemWithTheIndexUpperCase() {
        ScannerConfig config = config(Map.of("tradesuite.scanner.regime.index-symbol", " qqq ",
                "tradesuite.scanner.regime.efficiency-bars", "30",
                "tradesuite.scanner.regime.choppy-below-efficiency", "0.25",
                "tradesuite.scanner.regime.adx-period", "10",
                "tradesuite.scanner.regime.trending-adx", "20"));

        assertThat(ScannerSetup.regime(config)).isEqualTo(new RegimeSettings("QQQ", 30, 0.25, 10, 20));
    }

    @Test
    void givenShortAndIsoDurationsAndMixedCaseSymbols_whenMapped_thenReadAndNormalised() {
        ScannerConfig config = config(Map.of("tradesuite.scanner.poll-interval", "250ms",
                "tradesuite.scanner.backfill", "PT6H", ScannerConfig.SYMBOLS, " aapl, msft ,aapl",
                "tradesuite.scanner.momentum.timeframe", "5Min"));

        assertThat(config.pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.backfill()).isEqualTo(Duration.ofHours(6));
        assertThat(ScannerSetup.symbols(config)).containsExactly("AAPL", "MSFT");
        assertThat(ScannerSetup.timeframe(config).length()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void givenBadValues_whenMapped_thenTheErrorNamesTheKey() {
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.poll-interval", "soon")))
                .hasMessageContaining("tradesuite.scanner.poll-interval");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.poll-interval", "0s")))
                .hasMessageContaining("tradesuite.scanner.poll-interval");
        assertThatThrownBy(() -> config(Map.of(ScannerConfig.SYMBOLS, "AAPL,$$")))
                .hasMessageContaining("tradesuite.scanner.symbols");
        assertThatThrownBy(() -> ScannerSetup.csvFiles(config(Map.of(ScannerConfig.CSV_FILE, "/no/such/file.csv"))))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.scanner.csv-file: file not readable");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.csv-zone", "Mars/Olympus")))
                .hasMessageContaining("tradesuite.scanner.csv-zone");
        assertThatThrownBy(() -> config(Map.of(ScannerConfig.CSV_SKIP_BAD_ROWS, "maybe")))
                .hasMessageContaining("tradesuite.scanner.csv-skip-bad-rows");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.warm-up-bars", "-1")))
                .hasMessageContaining("tradesuite.scanner.warm-up-bars");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.momentum.atr-period", "x")))
                .hasMessageContaining("tradesuite.scanner.momentum.atr-period");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.momentum.timeframe", "1Day")))
                .hasMessageContaining("tradesuite.scanner.momentum.timeframe");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.momentum.strategy", "mo:mo")))
                .hasMessageContaining("tradesuite.scanner.momentum.strategy");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.regime.index-symbol", "S&P")))
                .hasMessageContaining("tradesuite.scanner.regime.index-symbol");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.regime.efficiency-bars", "1")))
                .hasMessageContaining("tradesuite.scanner.regime.efficiency-bars");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.regime.choppy-below-efficiency", "1.5")))
                .hasMessageContaining("tradesuite.scanner.regime.choppy-below-efficiency");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.regime.adx-period", "1")))
                .hasMessageContaining("tradesuite.scanner.regime.adx-period");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.regime.trending-adx", "101")))
                .hasMessageContaining("tradesuite.scanner.regime.trending-adx");
    }

    @Test
    void givenTheExitSignalKeys_whenMapped_thenDefaultsOnAndOffAndBadValuesNameTheirKey() {
        assertThat(ScannerSetup.exitSignals(config(Map.of())))
                .contains(new MomentumReversalRule.Settings(9, 3));
        assertThat(ScannerSetup.exitSignals(config(Map.of("tradesuite.scanner.exit-signal.enabled", " FALSE "))))
                .isEmpty();
        assertThat(ScannerSetup.exitSignals(config(Map.of("tradesuite.scanner.exit-signal.ema-bars", "20",
                "tradesuite.scanner.exit-signal.momentum-bars", "4")))).contains(new MomentumReversalRule.Settings(20, 4));
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.exit-signal.enabled", "yes please")))
                .hasMessageContaining("tradesuite.scanner.exit-signal.enabled");
        assertThatThrownBy(() -> config(Map.of("tradesuite.scanner.exit-signal.ema-bars", "0")))
                .hasMessageContaining("tradesuite.scanner.exit-signal.ema-bars");
    }

    @Test
    void givenFullConfidenceBelowTheLeastMomentum_whenSetUp_thenTheErrorNamesBothKeys() {
        ScannerConfig config = config(Map.of(ScannerConfig.MIN_MOMENTUM, "5"));

        assertThatThrownBy(() -> ScannerSetup.momentum(config)).isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.scanner.momentum.full-confidence-momentum: 3 is below")
                .hasMessageContaining("tradesuite.scanner.momentum.min-momentum (5)");
    }
}
