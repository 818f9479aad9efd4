package com.tradesuite.monitor.readmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import org.postgresql.Driver;

/**
 * Thin JDBC adapter: the schema script on every (re)connect, each batch upserted by key in one transaction.
 * Any failure closes the connection; the next call reconnects. Used from one thread.
 */
public final class JdbcReadModelStore implements AutoCloseable {

    static final String SCHEMA_SCRIPT = "readmodel/schema.sql";

    private final ReadModelSettings settings;
    // The driver directly, not DriverManager: Quarkus' class loaders can hide a service-loaded driver from it.
    private final Driver driver = new Driver();
    private final Map<ReadModelTable, String> upserts = new EnumMap<>(ReadModelTable.class);
    private final String schema;
    private Connection connection;

    public JdbcReadModelStore(ReadModelSettings settings) {
        this.settings = settings;
        for (ReadModelTable table : ReadModelTable.values()) {
            upserts.put(table, upsertSql(table));
        }
        this.schema = schemaScript();
    }

    /** Connects and creates the missing tables, unless already connected. */
    public void open() throws SQLException {
        if (connection != null) {
            return;
        }
        Properties properties = new Properties();
        if (!settings.user().isEmpty()) {
            properties.setProperty("user", settings.user());
        }
        if (!settings.password().isEmpty()) {
            properties.setProperty("password", settings.password());
        }
        // Fail fast when the database is away, so the caller's retry decides how long to wait; URL parameters win.
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "60");
        properties.setProperty("ApplicationName", "monitor-service read model");
        Connection opened = driver.connect(settings.url(), properties);
        if (opened == null) {
            throw new SQLException("not a PostgreSQL URL: " + settings.safeUrl());
        }
        try (Statement statement = opened.createStatement()) {
            statement.execute(schema);
            opened.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(opened);
            throw e;
        }
        connection = opened;
    }

    /** Upserts the rows in one transaction, one JDBC batch per table (one round trip each, not one per row). */
    public void write(List<ReadModelRow> rows) throws SQLException {
        open();
        Map<ReadModelTable, List<ReadModelRow>> byTable = new EnumMap<>(ReadModelTable.class);
        for (ReadModelRow row : rows) {
            byTable.computeIfAbsent(row.table(), table -> new ArrayList<>()).add(row);
        }
        try {
            for (Map.Entry<ReadModelTable, List<ReadModelRow>> entry : byTable.entrySet()) {
                try (PreparedStatement upsert = connection.prepareStatement(upserts.get(entry.getKey()))) {
                    for (ReadModelRow row : entry.getValue()) {
                        List<Object> values = row.values();
                        for (int i = 0; i < values.size(); i++) {
                            bind(upsert, i + 1, values.get(i));
                        }
                        upsert.addBatch();
                    }
                    upsert.executeBatch();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    /**
     * {@code INSERT ... ON CONFLICT (key) DO UPDATE SET ... WHERE ... IS DISTINCT FROM ...}: a replay rewrites a row
     * only when it changed, so refreshing an up-to-date table leaves no dead row versions behind.
     */
    static String upsertSql(ReadModelTable table) {
        List<String> columns = table.columns();
        List<String> others = columns.subList(1, columns.size());
        return "INSERT INTO " + table.sqlName() + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")"
                + " ON CONFLICT (" + table.keyColumn() + ") DO UPDATE SET "
                + others.stream().map(column -> column + " = EXCLUDED." + column).collect(Collectors.joining(", "))
                + " WHERE (" + others.stream().map(column -> table.sqlName() + "." + column)
                .collect(Collectors.joining(", ")) + ") IS DISTINCT FROM ("
                + others.stream().map(column -> "EXCLUDED." + column).collect(Collectors.joining(", ")) + ")";
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof BigDecimal decimal) {
            statement.setBigDecimal(index, decimal);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else {
            throw new IllegalArgumentException("no column type for " + value.getClass().getName());
        }
    }

    private static String schemaScript() {
        try (InputStream in = JdbcReadModelStore.class.getClassLoader().getResourceAsStream(SCHEMA_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_SCRIPT + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already broken: nothing left to release.
        }
    }
}
