package com.tradesuite.monitor.readmodel;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Thin JDBC adapter: the Flyway migrations on every (re)connect, each batch upserted by key in one transaction.
 * Any failure closes the connection; the next call reconnects. Used from one thread.
 */
public final class JdbcReadModelStore implements AutoCloseable {

    private final ReadModelDataSource dataSource;
    private final Map<ReadModelTable, String> upserts = new EnumMap<>(ReadModelTable.class);
    private Connection connection;

    public JdbcReadModelStore(ReadModelSettings settings) {
        this.dataSource = new ReadModelDataSource(settings);
        for (ReadModelTable table : ReadModelTable.values()) {
            upserts.put(table, upsertSql(table));
        }
    }

    /** Connects and brings the schema to the newest version (Flyway), unless already connected. */
    public void open() throws SQLException {
        if (connection != null) {
            return;
        }
        // On every (re)connect, as schema.sql was: a database restored or replaced meanwhile gets its tables again.
        ReadModelMigrations.migrate(dataSource);
        Connection opened = dataSource.getConnection();
        try {
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
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else if (value instanceof LocalDate day) {
            statement.setObject(index, day);
        } else {
            throw new IllegalArgumentException("no column type for " + value.getClass().getName());
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
