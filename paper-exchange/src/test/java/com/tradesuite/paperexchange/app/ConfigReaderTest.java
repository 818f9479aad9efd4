package com.tradesuite.paperexchange.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradesuite.paperexchange.InvalidConfigException;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
