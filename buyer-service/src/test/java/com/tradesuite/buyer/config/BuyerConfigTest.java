package com.tradesuite.buyer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradesuite.domain.entry.ChoppyRegime;
import com.tradesuite.domain.entry.CorrelationRule;
import com.tradesuite.domain.entry.EntryPolicy;
import com.tradesuite.domain.entry.RiskRules;
import com.tradesuite.domain.entry.SectorMap;
import com.tradesuite.domain.entry.SectorRules;
import com.tradesuite.domain.entry.SizingRules;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.service.InvalidConfigException;

class BuyerConfigTest {

    @Test
    void givenNoKeys_whenRead_thenTheDocumentedDefaultsApply() {
        BuyerSettings settings = BuyerConfigs.settings(Map.of());

        assertThat(settings).isEqualTo(new BuyerSettings(new BigDecimal("1"), 5, new BigDecimal("2"), OrderType.LIMIT,
                Duration.ofMinutes(5), Duration.ofMinutes(2), false, Duration.ofMinutes(30), new SizingRules(
                        new BigDecimal("20"), new BigDecimal("100"), new BigDecimal("1.2"), new BigDecimal("1")),
                new RiskRules(new SectorRules(settings.risk().sectors().map(), 3, new BigDecimal("40")),
                        new CorrelationRule(0.8, 20), ChoppyRegime.REDUCE), 60));
    }

    @Test
    void givenNoSectorMapFile_whenRead_thenTheDefaultMapCoversCommonStocksAndEtfs() {
        SectorMap map = BuyerConfigs.settings(Map.of()).risk().sectors().map();

        assertThat(map.size()).isGreaterThanOrEqualTo(100);
        assertThat(map.sectorOf("AAPL")).isEqualTo("INFORMATION_TECHNOLOGY");
        assertThat(map.sectorOf("MSFT")).isEqualTo("INFORMATION_TECHNOLOGY");
        assertThat(map.sectorOf("TSLA")).isEqualTo("CONSUMER_DISCRETIONARY");
        assertThat(map.sectorOf("JPM")).isEqualTo("FINANCIALS");
        assertThat(map.sectorOf("XOM")).isEqualTo("ENERGY");
        assertThat(map.sectorOf("SPY")).isEqualTo("ETF_BROAD");
        assertThat(map.sectorOf("QQQ")).isEqualTo("ETF_BROAD");
        assertThat(map.sectorOf("TLT")).isEqualTo("ETF_BONDS");
        assertThat(map.sectorOf("XLE")).isEqualTo("ENERGY");
        assertThat(map.sectorOf("NOTLISTED")).isEqualTo(SectorMap.UNKNOWN);
    }

    @Test
    void givenASectorMapFile_whenRead_thenItReplacesTheDefaultMap(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sectors.txt"), "# mine\nAAPL=HARDWARE\nXYZ=HARDWARE\n");

        SectorMap map = BuyerConfigs.settings(Map.of("tradesuite.buyer.sector-map-file", file.toString()))
                .risk().sectors().map();

        assertThat(map.sectorOf("AAPL")).isEqualTo("HARDWARE");
        assertThat(map.sectorOf("XYZ")).isEqualTo("HARDWARE");
        assertThat(map.sectorOf("MSFT")).isEqualTo(SectorMap.UNKNOWN);
    }

    @Test
    void givenABadSectorMapFile_whenRead_thenStartupStopsNamingTheKeyTheFileAndTheLine(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("sectors.txt"), "AAPL=HARDWARE\n\nMSFT: SOFTWARE\n");

        assertThatThrownBy(() -> BuyerConfigs.settings(Map.of("tradesuite.buyer.sector-map-file", file.toString())))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("tradesuite.buyer.sector-map-file: " + file + ": line 3: expected SYMBOL=SECTOR, was"
                        + " 'MSFT: SOFTWARE'")
                .extracting(e -> ((InvalidConfigException) e).key()).isEqualTo("tradesuite.buyer.sector-map-file");
        assertThatThrownBy(() -> BuyerConfigs.settings(Map.of("tradesuite.buyer.sector-map-file",
                dir.resolve("missing.txt").toString())))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.buyer.sector-map-file: file not readable: "
                        + dir.resolve("missing.txt"));
    }

    @Test
    void givenMoreCorrelationBarsThanTheWindowKeeps_whenRead_thenStartupStopsNamingBothKeys() {
        assertThatThrownBy(() -> BuyerConfigs.settings(Map.of("tradesuite.buyer.correlation-min-bars", "61")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.buyer.correlation-min-bars: 61 must not exceed"
                        + " tradesuite.buyer.correlation-window (60)");
    }

    @Test
    void givenEveryKey_whenRead_thenEachIsTakenIncludingShortDurations() {
        BuyerSettings settings = BuyerConfigs.settings(Map.ofEntries(
                Map.entry("tradesuite.buyer.risk-percent", "0.5"),
                Map.entry("tradesuite.buyer.max-open-positions", "3"),
                Map.entry("tradesuite.buyer.daily-loss-limit-percent", "1.5"),
                Map.entry("tradesuite.buyer.entry-type", "market"),
                Map.entry("tradesuite.buyer.entry-timeout", "90s"),
                Map.entry("tradesuite.buyer.max-signal-age", "PT3M"),
                Map.entry("tradesuite.buyer.halted", "TRUE"),
                Map.entry("tradesuite.buyer.cooldown-length", "45m"),
                Map.entry("tradesuite.buyer.max-position-percent", "25"),
                Map.entry("tradesuite.buyer.max-exposure-percent", "200"),
                Map.entry("tradesuite.buyer.min-stop-percent", "0.8"),
                Map.entry("tradesuite.buyer.min-stop-atr-multiple", "1.5"),
                Map.entry("tradesuite.buyer.max-sector-positions", "2"),
                Map.entry("tradesuite.buyer.max-sector-exposure-percent", "30"),
                Map.entry("tradesuite.buyer.max-correlation", "0.7"),
                Map.entry("tradesuite.buyer.correlation-window", "90"),
                Map.entry("tradesuite.buyer.correlation-min-bars", "30"),
                Map.entry("tradesuite.buyer.choppy-regime", "block")));

        assertThat(settings).isEqualTo(new BuyerSettings(new BigDecimal("0.5"), 3, new BigDecimal("1.5"),
                OrderType.MARKET, Duration.ofSeconds(90), Duration.ofMinutes(3), true, Duration.ofMinutes(45),
                new SizingRules(new BigDecimal("25"), new BigDecimal("200"), new BigDecimal("0.8"),
                        new BigDecimal("1.5")),
                new RiskRules(new SectorRules(settings.risk().sectors().map(), 2, new BigDecimal("30")),
                        new CorrelationRule(0.7, 30), ChoppyRegime.BLOCK), 90));
    }

    @Test
    void givenTheDefaults_whenThePolicyIsBuilt_thenTheDailyLossLimitIsAShareOfTheDaysStartingEquity() {
        EntryPolicy policy = BuyerConfigs.settings(Map.of()).policy(new BigDecimal("100000"));

        assertThat(policy.maxDailyLoss()).isEqualByComparingTo("2000");
        assertThat(policy.riskPercent()).isEqualByComparingTo("1");
        assertThat(policy.maxOpenPositions()).isEqualTo(5);
        assertThat(policy.entryTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.sizing()).isEqualTo(SizingRules.DEFAULTS);
    }

    @Test
    void givenAnAccountWithoutEquity_whenThePolicyIsBuilt_thenItIsStillValid() {
        assertThat(BuyerConfigs.settings(Map.of()).policy(BigDecimal.ZERO).maxDailyLoss()).isPositive();
    }

    @Test
    void givenABadValue_whenRead_thenTheErrorNamesItsKey() {
        assertBad("risk-percent", "one", "one");
        assertBad("risk-percent", "0", "must be greater than 0");
        assertBad("max-open-positions", "0", "must be greater than or equal to 1");
        assertBad("daily-loss-limit-percent", "101", "must be less than or equal to 100");
        assertBad("entry-type", "stop", "stop");
        assertBad("entry-timeout", "five minutes", "five minutes");
        assertBad("max-signal-age", "-PT1M", "must be positive");
        assertBad("halted", "yes", "must be true or false");
        assertBad("cooldown-length", "30s", "must be longer than or equal to 1 minute");
        assertBad("max-position-percent", "0", "must be greater than 0");
        assertBad("max-position-percent", "101", "must be less than or equal to 100");
        assertBad("max-exposure-percent", "401", "must be less than or equal to 400");
        assertBad("min-stop-percent", "100", "must be less than 100");
        assertBad("min-stop-percent", "-1", "must be greater than or equal to 0");
        assertBad("min-stop-atr-multiple", "-0.5", "must be greater than or equal to 0");
        assertBad("max-sector-positions", "0", "must be greater than or equal to 1");
        assertBad("max-sector-exposure-percent", "0", "must be greater than 0");
        assertBad("max-correlation", "1.1", "must be less than or equal to 1");
        assertBad("max-correlation", "-1", "must be greater than -1");
        assertBad("correlation-window", "1", "must be greater than or equal to 2");
        assertBad("correlation-min-bars", "1", "must be greater than or equal to 2");
        assertBad("choppy-regime", "sometimes", "sometimes");
    }

    @Test
    void givenARiskPercentAtTheMaxPositionPercent_whenRead_thenStartupStopsNamingBothKeys() {
        assertThatThrownBy(() -> BuyerConfigs.settings(Map.of("tradesuite.buyer.risk-percent", "5",
                "tradesuite.buyer.max-position-percent", "5")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.buyer.risk-percent: 5 must be below"
                        + " tradesuite.buyer.max-position-percent (5)")
                .extracting(e -> ((InvalidConfigException) e).key()).isEqualTo("tradesuite.buyer.risk-percent");
    }

    @Test
    void givenAMaxPositionAboveTheMaxExposure_whenRead_thenStartupStopsNamingBothKeys() {
        assertThatThrownBy(() -> BuyerConfigs.settings(Map.of("tradesuite.buyer.max-position-percent", "50",
                "tradesuite.buyer.max-exposure-percent", "40")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.buyer.max-position-percent: 50 must not exceed"
                        + " tradesuite.buyer.max-exposure-percent (40)")
                .extracting(e -> ((InvalidConfigException) e).key())
                .isEqualTo("tradesuite.buyer.max-position-percent");
    }

    @Test
    void givenAMaxPositionEqualToTheMaxExposure_whenRead_thenItIsAccepted() {
        assertThat(BuyerConfigs.settings(Map.of("tradesuite.buyer.max-position-percent", "50",
                "tradesuite.buyer.max-exposure-percent", "50")).sizing().maxPositionPercent())
                .isEqualByComparingTo("50");
    }

    @Test
    void givenASignalAgeBeyondTheDecisionMemory_whenRead_thenStartupStopsNamingTheKey() {
        assertThatThrownBy(() -> BuyerConfigs.settings(Map.of("tradesuite.buyer.max-signal-age", "P2D")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("tradesuite.buyer.max-signal-age: PT48H must be shorter than PT24H, the window in which"
                        + " decided signals are remembered")
                .extracting(e -> ((InvalidConfigException) e).key()).isEqualTo("tradesuite.buyer.max-signal-age");
    }

    private static void assertBad(String name, String value, String problem) {
        String key = "tradesuite.buyer." + name;
        assertThatThrownBy(() -> BuyerConfigs.mapping(Map.of(key, value)))
                .as(key + "=" + value)
                .hasMessageContaining(key)
                .hasMessageContaining(problem);
    }
}
