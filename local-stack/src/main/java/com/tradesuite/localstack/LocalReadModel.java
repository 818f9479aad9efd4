package com.tradesuite.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.postgresql.Driver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The monitor's PostgreSQL read model for a local run: the database the options name, or an embedded PostgreSQL
 * (zonky, binaries from Maven Central) started for the run with a database {@value #DATABASE} and stopped with it.
 * Tells the monitor where to write and, at the end, where to query and how many rows the new tables hold.
 */
public final class LocalReadModel implements AutoCloseable {

    static final String DATABASE = "tradesuite";
    static final String EMBEDDED_USER = "postgres";
    /** The tables a reader asks about first; the monitor README has the rest. */
    static final List<String> TABLES = List.of("positions", "trades", "daily_summary");

    private final EmbeddedPostgres embedded;
    private final String url;
    private final String user;
    private final String password;

    private LocalReadModel(EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The configured database as it is, or a started embedded one (its own data directory, deleted at close). */
    public static LocalReadModel start(ReadModelOption option) {
        if (option.url().isPresent()) {
            return new LocalReadModel(null, option.url().get(), option.user(), option.password());
        }
        EmbeddedPostgres server;
        try {
            // As root, zonky runs initdb and postgres through unshare -U: PostgreSQL refuses to run as root.
            server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL for --read-model (or name one with"
                    + " --read-model-url): " + e.getMessage(), e);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            closeQuietly(server);
            throw new IllegalStateException("cannot create the read model's database: " + e.getMessage(), e);
        }
        return new LocalReadModel(server, "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE,
                EMBEDDED_USER, "");
    }

    /** The monitor's variables that switch its read model on and point it here. */
    public Map<String, String> monitorEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(ReadModelOption.URL_ENV, url);
        env.put(ReadModelOption.USER_ENV, user);
        env.put(ReadModelOption.PASSWORD_ENV, password);
        return env;
    }

    public String url() {
        return url;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** Rows per table of {@link #TABLES}, in that order. */
    public Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The closed positions per close reason, most first ("STOP_LOSS_HIT 3"). */
    public List<String> closeReasons() throws SQLException {
        List<String> reasons = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT coalesce(close_reason, '(not attributed yet)'), "
                     + "count(*) FROM positions WHERE status = 'CLOSED' GROUP BY 1 ORDER BY 2 DESC, 1")) {
            while (result.next()) {
                reasons.add(result.getString(1) + " " + result.getLong(2));
            }
        }
        return reasons;
    }

    /** Where and how to query it: the JDBC URL and a psql command (no password: psql asks for one). */
    public String whereToQuery() {
        Properties parsed = Driver.parseURL(url, null);
        String psql = parsed == null ? "" : "psql -h " + parsed.getProperty("PGHOST") + " -p "
                + parsed.getProperty("PGPORT") + (user.isEmpty() ? "" : " -U " + user) + " "
                + parsed.getProperty("PGDBNAME") + " -c 'SELECT close_reason, count(*) FROM positions GROUP BY 1'";
        return "Read model: " + safeUrl() + (user.isEmpty() ? "" : " (user " + user + ")")
                + System.lineSeparator() + "  query it: " + psql;
    }

    /**
     * What a run prints at its end: rows per table, closed positions per close reason, and where to query.
     *
     * @param counts rows per table, from {@link #rowCounts()}
     * @param closeReasons from {@link #closeReasons()}
     */
    public String summary(Map<String, Long> counts, List<String> closeReasons) {
        String newline = System.lineSeparator();
        StringBuilder text = new StringBuilder("READ MODEL (PostgreSQL)").append(newline);
        counts.forEach((table, rows) -> text.append(String.format("%-15s %8d rows%n", table, rows)));
        text.append("closed positions by close reason: ")
                .append(closeReasons.isEmpty() ? "none" : String.join(", ", closeReasons)).append(newline);
        text.append(whereToQuery()).append(newline);
        if (embedded()) {
            text.append("  (the embedded PostgreSQL stops with this run: --no-session keeps it up until Ctrl-C, "
                    + "--read-model-url writes to a database that stays)").append(newline);
        }
        return text.toString();
    }

    /** The URL without its parameters (one could carry a password). */
    String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public void close() {
        if (embedded != null) {
            closeQuietly(embedded);
        }
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (!user.isEmpty()) {
            properties.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL URL: " + safeUrl());
        }
        return connection;
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            // Stopping is best effort at the end of a run; its data directory is a temporary one.
        }
    }
}
