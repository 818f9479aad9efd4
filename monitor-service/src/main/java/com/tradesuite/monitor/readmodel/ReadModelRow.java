package com.tradesuite.monitor.readmodel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a read-model table: values in column order, the first being the row's deterministic key (a String, or
 * a LocalDate for a day). Values are String, BigDecimal, Instant, LocalDate, Integer, Boolean or null.
 */
public record ReadModelRow(ReadModelTable table, List<Object> values) {

    public ReadModelRow {
        if (values.size() != table.columns().size()) {
            throw new IllegalArgumentException(table.sqlName() + " has " + table.columns().size() + " columns, got "
                    + values.size() + " values");
        }
        Object first = values.get(0);
        if (!(first instanceof LocalDate) && !(first instanceof String key && !key.isBlank())) {
            throw new IllegalArgumentException(table.sqlName() + ": the key " + table.keyColumn() + " is required");
        }
        // List.copyOf refuses nulls, and an unknown R is a null.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The primary key value (an executionId, a position id, a day). */
    public String key() {
        return values.get(0).toString();
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
