package com.tradesuite.monitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.tradesuite.monitor.readmodel.ReadModelSettings;
import com.tradesuite.service.InvalidConfigException;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidatorImpl;

/** The read model's settings: off when the URL is empty, bad values name their key, the password stays out of logs. */
class MonitorConfigTest {

    /** The mapping as Quarkus builds it (its duration converter, Bean Validation), then the read model's settings. */
    private static Optional<ReadModelSettings> settings(Map<String, String> values) {
        MonitorConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator(new BeanValidationConfigValidatorImpl())
                .withMapping(MonitorConfig.class)
                .build().getConfigMapping(MonitorConfig.class);
        return ReadModelSettings.from(config.readModel());
    }

    @Test
    void givenAnEmptyUrl_whenSetUp_thenTheReadModelIsOff() {
        assertThat(settings(Map.of())).isEmpty();
        assertThat(settings(Map.of(MonitorConfig.READ_MODEL_URL, "  ", MonitorConfig.READ_MODEL_USER, "u"))).isEmpty();
    }

    @Test
    void givenUrlUserAndPassword_whenSetUp_thenThePasswordStaysOutOfToString() {
        ReadModelSettings on = settings(Map.of(
                MonitorConfig.READ_MODEL_URL, "jdbc:postgresql://postgres:5432/tradesuite?sslmode=disable",
                MonitorConfig.READ_MODEL_USER, "tradesuite",
                MonitorConfig.READ_MODEL_PASSWORD, "s3cret")).orElseThrow();

        assertThat(on.user()).isEqualTo("tradesuite");
        assertThat(on.password()).isEqualTo("s3cret");
        assertThat(on.maxRetryDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(on.safeUrl()).isEqualTo("jdbc:postgresql://postgres:5432/tradesuite");
        assertThat(on.toString()).contains("postgres:5432/tradesuite", "tradesuite").doesNotContain("s3cret");
    }

    @Test
    void givenAMalformedUrl_whenSetUp_thenStartupStopsNamingTheKeyWithoutEchoingIt() {
        for (String url : new String[] {"postgres://db/tradesuite", "jdbc:mysql://db/tradesuite",
                "jdbc:postgresql://db:notaport/tradesuite?password=s3cret", "jdbc:postgresql://db:5432/"}) {
            assertThatThrownBy(() -> settings(Map.of(MonitorConfig.READ_MODEL_URL, url)))
                    .as(url)
                    .isInstanceOfSatisfying(InvalidConfigException.class,
                            e -> assertThat(e.key()).isEqualTo(MonitorConfig.READ_MODEL_URL))
                    .hasMessageStartingWith("tradesuite.monitor.read-model.url: ")
                    .hasMessageContaining("MONITOR_READ_MODEL_URL")
                    .hasMessageNotContaining("s3cret");
        }
    }

    @Test
    void givenABadRetryDelay_whenMapped_thenStartupStopsNamingTheKey() {
        for (String delay : new String[] {"soon", "10ms", "1h"}) {
            assertThatThrownBy(() -> settings(Map.of(MonitorConfig.READ_MODEL_URL, "jdbc:postgresql://db/tradesuite",
                    MonitorConfig.READ_MODEL_MAX_RETRY_DELAY, delay)))
                    .as(delay)
                    .hasMessageContaining("tradesuite.monitor.read-model.max-retry-delay");
        }
        assertThat(settings(Map.of(MonitorConfig.READ_MODEL_URL, "jdbc:postgresql://db/tradesuite",
                MonitorConfig.READ_MODEL_MAX_RETRY_DELAY, "2s")).orElseThrow().maxRetryDelay())
                .isEqualTo(Duration.ofSeconds(2));
    }
}
