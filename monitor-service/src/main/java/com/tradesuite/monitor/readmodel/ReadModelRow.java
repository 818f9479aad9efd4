package com.tradesuite.monitor.readmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a read-model table: values in column order, the first being the row's deterministic key.
 * Values are String, BigDecimal, Instant, Boolean or null.
 */
public record ReadModelRow(ReadModelTable table, List<Object> values) {

    public ReadModelRow {
        if (values.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.sqlName() + " has " + table.columns().size() + " columns, got "
                    + values.size() + " values");
        }
        if (!(values.get(0) instanceof String key) || key.isBlank()) {
            throw new IllegalArgumentException(table.sqlName() + ": the key " + table.keyColumn() + " is required");
        }
        // List.copyOf refuses nulls, and an unknown R is a null.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The primary key value (an executionId). */
    public String key() {
        return (String) values.get(0);
    }

    /** The value of one column, by name. */
    public Object value(String column) {
        int index = table.columns().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(table.sqlName() + " has no column " + column);
        }
        return values.get(index);
    }
}
