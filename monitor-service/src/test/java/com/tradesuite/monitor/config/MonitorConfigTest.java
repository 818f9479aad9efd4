package com.tradesuite.monitor.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.tradesuite.service.InvalidConfigException;

/** The read model's settings: off when the URL is empty, bad values name their key, the password stays out of logs. */
class ReadModelSettingsTest {

    private static Optional<ReadModelSettings> settings(Map<String, String> values) {
        return ReadModelSettings.from(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void anEmptyUrlSwitchesTheReadModelOff() {
        assertThat(settings(Map.of())).isEmpty();
        assertThat(settings(Map.of(ReadModelSettings.URL_KEY, "  ", ReadModelSettings.USER_KEY, "u"))).isEmpty();
    }

    @Test
    void readsUrlUserPasswordAndKeepsThePasswordOutOfToString() {
        ReadModelSettings on = settings(Map.of(
                ReadModelSettings.URL_KEY, "jdbc:postgresql://postgres:5432/tradesuite?sslmode=disable",
                ReadModelSettings.USER_KEY, "tradesuite",
                ReadModelSettings.PASSWORD_KEY, "s3cret")).orElseThrow();

        assertThat(on.user()).isEqualTo("tradesuite");
        assertThat(on.password()).isEqualTo("s3cret");
        assertThat(on.maxRetryDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(on.safeUrl()).isEqualTo("jdbc:postgresql://postgres:5432/tradesuite");
        assertThat(on.toString()).contains("postgres:5432/tradesuite", "tradesuite").doesNotContain("s3cret");
    }

    @Test
    void aMalformedUrlStopsStartupNamingTheKeyWithoutEchoingIt() {
        for (String url : new String[] {"postgres://db/tradesuite", "jdbc:mysql://db/tradesuite",
                "jdbc:postgresql://db:notaport/tradesuite?password=s3cret", "jdbc:postgresql://db:5432/"}) {
            assertThatThrownBy(() -> settings(Map.of(ReadModelSettings.URL_KEY, url)))
                    .as(url)
                    .isInstanceOfSatisfying(InvalidConfigException.class,
                            e -> assertThat(e.key()).isEqualTo(ReadModelSettings.URL_KEY))
                    .hasMessageStartingWith("monitor.read-model.url: ")
                    .hasMessageContaining("MONITOR_READ_MODEL_URL")
                    .hasMessageNotContaining("s3cret");
        }
    }

    @Test
    void aBadRetryDelayStopsStartupNamingTheKey() {
        for (String delay : new String[] {"soon", "10ms", "1h"}) {
            assertThatThrownBy(() -> settings(Map.of(ReadModelSettings.URL_KEY, "jdbc:postgresql://db/tradesuite",
                    ReadModelSettings.MAX_RETRY_DELAY_KEY, delay)))
                    .as(delay)
                    .isInstanceOf(InvalidConfigException.class)
                    .hasMessageStartingWith("monitor.read-model.max-retry-delay: ");
        }
        assertThat(settings(Map.of(ReadModelSettings.URL_KEY, "jdbc:postgresql://db/tradesuite",
                ReadModelSettings.MAX_RETRY_DELAY_KEY, "2s")).orElseThrow().maxRetryDelay())
                .isEqualTo(Duration.ofSeconds(2));
    }
}
