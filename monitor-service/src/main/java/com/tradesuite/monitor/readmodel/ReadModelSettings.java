package com.tradesuite.monitor.readmodel;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import org.postgresql.Driver;

import com.tradesuite.monitor.config.MonitorConfig;
import com.tradesuite.service.InvalidConfigException;

/**
 * How the read model reaches PostgreSQL: an empty {@value MonitorConfig#READ_MODEL_URL} means off; anything but a
 * PostgreSQL JDBC URL stops startup naming the key. The password is never part of {@link #toString()}.
 *
 * @param user empty to let the driver decide (e.g. a {@code user=} parameter in the URL)
 * @param password empty for none; comes from the environment
 * @param maxRetryDelay the longest wait between two attempts while the database is unreachable
 */
public record ReadModelSettings(String url, String user, String password, Duration maxRetryDelay) {

    private static final String PREFIX = "jdbc:postgresql:";

    /**
     * The settings of the mapping's read model.
     *
     * @return empty when the URL is empty: the read model is off
     * @throws InvalidConfigException naming the URL key when it is not a PostgreSQL JDBC URL
     */
    public static Optional<ReadModelSettings> from(MonitorConfig.ReadModel config) {
        Optional<String> url = value(config.url());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadModelSettings(checkedUrl(url.get()), value(config.user()).orElse(""),
                value(config.password()).orElse(""), config.maxRetryDelay()));
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
            throw new InvalidConfigException(MonitorConfig.READ_MODEL_URL, shape);
        }
        // The driver's own parser: it refuses bad ports and bad escapes; a database name is required.
        Properties parsed = Driver.parseURL(url, null);
        if (parsed == null || parsed.getProperty("PGDBNAME", "").isBlank()) {
            throw new InvalidConfigException(MonitorConfig.READ_MODEL_URL, shape);
        }
        return url;
    }

    private static Optional<String> value(Optional<String> configured) {
        return configured.map(String::trim).filter(value -> !value.isEmpty());
    }
}
