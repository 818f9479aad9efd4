package com.tradesuite.domain.protection;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values of every {@link ExitLayerKey} one service sees: each read from its key, else its default.
 */
public final class ExitLayerSettings {

    private final Map<ExitLayerKey, BigDecimal> values;

    private ExitLayerSettings(Map<ExitLayerKey, BigDecimal> values) {
        this.values = values;
    }

    /** Every key at its default. */
    public static ExitLayerSettings defaults() {
        return read(key -> Optional.empty());
    }

    /**
     * @param lookup the configured text of a key, empty when unset
     * @throws IllegalArgumentException naming the key when a set value is not a number
     */
    public static ExitLayerSettings read(Function<String, Optional<String>> lookup) {
        Map<ExitLayerKey, BigDecimal> values = new EnumMap<>(ExitLayerKey.class);
        for (ExitLayerKey key : ExitLayerKey.values()) {
            Optional<String> text = lookup.apply(key.key());
            try {
                values.put(key, text.map(value -> new BigDecimal(value.strip())).orElseGet(key::defaultValue));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(key.key() + ": '" + text.orElse("") + "' is not a number");
            }
        }
        return new ExitLayerSettings(values);
    }

    /** The same settings with one key changed (tests, what-if checks). */
    public ExitLayerSettings with(ExitLayerKey key, String value) {
        Map<ExitLayerKey, BigDecimal> changed = new EnumMap<>(values);
        changed.put(key, new BigDecimal(value));
        return new ExitLayerSettings(changed);
    }

    public BigDecimal get(ExitLayerKey key) {
        return values.get(key);
    }
}
