package com.tradesuite.monitor.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.TreeMap;

import com.tradesuite.domain.report.TradeReport;

/** Compares two reports field by field, numbers by value (80 equals 80.00). */
public final class SameReport {

    private SameReport() {
    }

    /** The report with its symbols in a sorted map, to compare with one that has them in any map. */
    public static TradeReport sorted(TradeReport report) {
        return new TradeReport(new TreeMap<>(report.bySymbol()), report.total(), report.maxDrawdown(),
                report.exitSources());
    }

    public static void assertSame(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class)
                .isEqualTo(expected);
    }
}
