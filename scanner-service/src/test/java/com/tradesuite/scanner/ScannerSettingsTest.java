package com.tradesuite.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.tradesuite.bars.BarFileFormat;
import com.tradesuite.domain.signal.MomentumSettings;
import com.tradesuite.service.InvalidConfigException;

class ScannerSettingsTest {

    private static ScannerSettings settings(Map<String, String> values) {
        return ScannerSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void missingKeysTakeTheDocumentedDefaults() {
        ScannerSettings settings = settings(Map.of());

        assertThat(settings.symbols()).containsExactly("AAPL", "AMD", "MSFT", "NVDA", "SPY", "TSLA");
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.csvFiles()).isEmpty();
        assertThat(settings.csvFormat()).isEqualTo(BarFileFormat.defaults());
        assertThat(settings.warmUpBars()).isEqualTo(60);
        assertThat(settings.backfill()).isEqualTo(Duration.ofDays(5));
        assertThat(settings.momentum()).isEqualTo(MomentumSettings.defaults());
        assertThat(settings.barLength()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void readsShortAndIsoDurationsAndNormalisesSymbols() {
        ScannerSettings settings = settings(Map.of(ScannerSettings.POLL_INTERVAL, "250ms",
                ScannerSettings.BACKFILL, "PT6H", ScannerSettings.SYMBOLS, " aapl, msft ,aapl",
                ScannerSettings.MOMENTUM + "timeframe", "5Min"));

        assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.backfill()).isEqualTo(Duration.ofHours(6));
        assertThat(settings.symbols()).containsExactly("AAPL", "MSFT");
        assertThat(settings.barLength()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> settings(Map.of(ScannerSettings.POLL_INTERVAL, "soon")))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith("tradesuite.scanner.poll-interval:");
        assertThatThrownBy(() -> settings(Map.of(ScannerSettings.SYMBOLS, "AAPL,$$")))
                .hasMessageStartingWith("tradesuite.scanner.symbols:");
        assertThatThrownBy(() -> settings(Map.of(ScannerSettings.CSV_FILE, "/no/such/file.csv")))
                .hasMessageStartingWith("tradesuite.scanner.csv-file: file not readable");
        assertThatThrownBy(() -> settings(Map.of(ScannerSettings.CSV_ZONE, "Mars/Olympus")))
                .hasMessageStartingWith("tradesuite.scanner.csv-zone:");
        assertThatThrownBy(() -> settings(Map.of(ScannerSettings.CSV_SKIP_BAD_ROWS, "maybe")))
                .hasMessageStartingWith("tradesuite.scanner.csv-skip-bad-rows:");
        assertThatThrownBy(() -> settings(Map.of(ScannerSettings.WARM_UP_BARS, "-1")))
                .hasMessageStartingWith("tradesuite.scanner.warm-up-bars:");
        assertThatThrownBy(() -> settings(Map.of(ScannerSettings.MOMENTUM + "atr-period", "x")))
                .hasMessageStartingWith("tradesuite.scanner.momentum.atr-period:");
        assertThatThrownBy(() -> settings(Map.of(ScannerSettings.MOMENTUM + "timeframe", "1Day")))
                .hasMessageStartingWith("tradesuite.scanner.momentum.timeframe:");
        assertThatThrownBy(() -> settings(Map.of(ScannerSettings.MOMENTUM + "min-momentum", "5")))
                .hasMessageStartingWith("tradesuite.scanner.momentum.*: need 0 < minMomentum");
    }
}
