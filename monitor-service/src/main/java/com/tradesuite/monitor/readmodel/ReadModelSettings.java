package com.tradesuite.monitor.readmodel;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import org.postgresql.Driver;

import com.tradesuite.service.ConfigDurations;
import com.tradesuite.service.InvalidConfigException;

/**
 * An empty {@value #URL_KEY} means off; anything but a PostgreSQL JDBC URL stops startup naming the key.
 * The password is never part of {@link #toString()}.
 *
 * @param user empty to let the driver decide (e.g. a {@code user=} parameter in the URL)
 * @param password empty for none; comes from the environment
 * @param maxRetryDelay the longest wait between two attempts while the database is unreachable
 */
public record ReadModelSettings(String url, String user, String password, Duration maxRetryDelay) {

    public static final String URL_KEY = "monitor.read-model.url";
    public static final String USER_KEY = "monitor.read-model.user";
    public static final String PASSWORD_KEY = "monitor.read-model.password";
    public static final String MAX_RETRY_DELAY_KEY = "monitor.read-model.max-retry-delay";
    static final Duration DEFAULT_MAX_RETRY_DELAY = Duration.ofSeconds(30);

    private static final String PREFIX = "jdbc:postgresql:";

    /**
     * Reads the settings through {@code config} (a key to its value; empty when unset or blank).
     *
     * @return empty when the URL is empty: the read model is off
     * @throws InvalidConfigException naming the key of a malformed value
     */
    public static Optional<ReadModelSettings> from(Function<String, Optional<String>> config) {
        Optional<String> url = value(config, URL_KEY);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadModelSettings(checkedUrl(url.get()), value(config, USER_KEY).orElse(""),
                value(config, PASSWORD_KEY).orElse(""), maxRetryDelay(value(config, MAX_RETRY_DELAY_KEY))));
    }

    /** The URL without its parameters, for logs and health data (a parameter could carry a password). */
    public String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "ReadModelSettings[url=" + safeUrl() + ", user=" + user + ", maxRetryDelay=" + maxRetryDelay + "]";
    }

    private static String checkedUrl(String url) {
        String shape = "(MONITOR_READ_MODEL_URL) is not a PostgreSQL JDBC URL "
                + "(jdbc:postgresql://host:5432/database); leave it empty to switch the read model off";
        if (!url.startsWith(PREFIX)) {
            throw new InvalidConfigException(URL_KEY, shape);
        }
        // The driver's own parser: it refuses bad ports and bad escapes; a database name is required.
        Properties parsed = Driver.parseURL(url, null);
        if (parsed == null || parsed.getProperty("PGDBNAME", "").isBlank()) {
            throw new InvalidConfigException(URL_KEY, shape);
        }
        return url;
    }

    private static Duration maxRetryDelay(Optional<String> text) {
        if (text.isEmpty()) {
            return DEFAULT_MAX_RETRY_DELAY;
        }
        Duration delay;
        try {
            delay = ConfigDurations.parse(text.get());
        } catch (RuntimeException e) {
            throw new InvalidConfigException(MAX_RETRY_DELAY_KEY, "'" + text.get() + "' is not a duration");
        }
        if (delay.compareTo(Duration.ofMillis(100)) < 0 || delay.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new InvalidConfigException(MAX_RETRY_DELAY_KEY, text.get() + " is outside 100ms..10m");
        }
        return delay;
    }

    private static Optional<String> value(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::trim).filter(value -> !value.isEmpty());
    }
}
