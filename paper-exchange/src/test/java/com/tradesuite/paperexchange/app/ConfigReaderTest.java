package com.tradesuite.paperexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradesuite.paperexchange.InvalidConfigException;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    private static PaperExchangeConfig read(Map<String, String> values) {
        return new ConfigReader(key -> Optional.ofNullable(values.get(key))).read();
    }

    @Test
    void defaults_give_the_fixed_port_and_the_default_symbols() {
        PaperExchangeConfig config = read(Map.of());
        assertThat(config.port()).isEqualTo(8089);
        assertThat(config.symbols()).contains("AAPL", "SPY");
        assertThat(config.seed()).isEqualTo(42L);
    }

    @Test
    void an_unparsable_seed_names_its_key() {
        assertThatThrownBy(() -> read(Map.of("paper-exchange.seed", "abc")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("paper-exchange.seed");
    }

    @Test
    void a_negative_speed_up_names_its_key() {
        assertThatThrownBy(() -> read(Map.of("paper-exchange.speed-up", "-1")))
                .isInstanceOf(InvalidConfigException.class)
                .extracting(e -> ((InvalidConfigException) e).key()).isEqualTo("paper-exchange.speed-up");
    }

    @Test
    void a_missing_csv_file_names_its_key() {
        assertThatThrownBy(() -> read(Map.of("paper-exchange.csv-file", "/nonexistent/bars.csv")))
                .hasMessageContaining("paper-exchange.csv-file");
    }

    @Test
    void a_lower_case_symbol_names_its_key() {
        assertThatThrownBy(() -> read(Map.of("paper-exchange.symbols", "AAPL,msft")))
                .hasMessageContaining("paper-exchange.symbols");
    }

    @Test
    void bar_files_zone_skipping_and_extended_hours_are_read_from_their_keys(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("AAPL.csv"), "2026-11-16 09:30:00,1,2,0.5,1.5,10\n");

        PaperExchangeConfig config = read(Map.of("paper-exchange.csv-file", first + "," + dir,
                "paper-exchange.csv-zone", "Europe/London", "paper-exchange.csv-skip-bad-rows", "true",
                "paper-exchange.extended-hours", "true"));

        assertThat(config.csvFiles()).containsExactly(first, dir);
        assertThat(config.csvZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(config.skipBadRows()).isTrue();
        assertThat(config.extendedHours()).isTrue();
    }

    @Test
    void an_unknown_csv_zone_names_its_key() {
        assertThatThrownBy(() -> read(Map.of("paper-exchange.csv-zone", "Mars/Olympus")))
                .hasMessageContaining("paper-exchange.csv-zone");
    }
}
