package com.tradesuite.schemas.event;

import java.math.BigDecimal;
import java.util.Objects;

/** Field checks for event constructors: an invalid event cannot be built, so it cannot be read either. */
final class Require {

    private Require() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, field + " is required");
    }

    static BigDecimal positive(BigDecimal value, String field) {
        present(value, field);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be positive, was " + value.toPlainString());
        }
        return value;
    }

    static BigDecimal positiveOrNull(BigDecimal value, String field) {
        return value == null ? null : positive(value, field);
    }

    static BigDecimal notNegative(BigDecimal value, String field) {
        present(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, was " + value.toPlainString());
        }
        return value;
    }
}
