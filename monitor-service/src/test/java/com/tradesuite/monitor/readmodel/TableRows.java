package com.tradesuite.monitor.readmodel;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** What the read model's tables hold, read back with plain SQL as comparable text: "column=value ..." per row. */
final class TableRows {

    private TableRows() {
    }

    /** Every table's rows in key order; a table that does not exist yet has none. */
    static Map<String, List<String>> snapshot(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (ReadModelTable table : ReadModelTable.values()) {
            tables.put(table.sqlName(), rows(connection, table, ""));
        }
        return tables;
    }

    /** The rows of one table whose symbol starts with {@code symbolPrefix}, in key order. */
    static List<String> rows(Connection connection, ReadModelTable table, String symbolPrefix) throws SQLException {
        if (!exists(connection, table)) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        // daily_summary has no symbol: all its rows, or (for a prefix) none of them are a symbol's.
        boolean bySymbol = table.columns().contains("symbol");
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table.sqlName()
                + (bySymbol ? " WHERE symbol LIKE ?" : " WHERE ? = ''") + " ORDER BY " + table.keyColumn())) {
            query.setString(1, bySymbol ? symbolPrefix + "%" : symbolPrefix);
            try (ResultSet result = query.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    StringJoiner row = new StringJoiner(" ");
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.add(meta.getColumnName(i) + "=" + text(result.getObject(i)));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    /** The keys of one table's rows whose symbol starts with {@code symbolPrefix}, in key order. */
    static List<String> keys(Connection connection, ReadModelTable table, String symbolPrefix) throws SQLException {
        return rows(connection, table, symbolPrefix).stream()
                .map(row -> row.substring(row.indexOf('=') + 1, row.indexOf(' '))).toList();
    }

    /** A closed_trades row as {@link #rows} renders it; times are of 2026-11-20 (UTC). */
    static String closedTrade(String key, String symbol, String opened, String closed, String qty, String entryPrice,
                              String pnl, String r) {
        return "closing_execution_id=" + key + " symbol=" + symbol + " opened_at=2026-11-20T" + opened + "Z"
                + " closed_at=2026-11-20T" + closed + "Z entry_qty=" + qty + " avg_entry_price=" + entryPrice
                + " realized_pnl=" + pnl + " r_multiple=" + r;
    }

    /** Numbers without trailing zeros and times as UTC instants, whatever the session's time zone. */
    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        return String.valueOf(value);
    }

    private static boolean exists(Connection connection, ReadModelTable table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table.sqlName());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
