package com.tradesuite.domain.time;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Alpaca bar timeframe ("1Min", "5Min", "1Hour", "1Day"): its name as the feed writes it and the length of one
 * bar, so every service derives a bar's end the same way.
 */
public record Timeframe(String name, Duration length) {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]*)(Min|T|Hour|H|Day|D)");

    public static final Timeframe ONE_MINUTE = parse("1Min");

    public Timeframe {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(length, "length");
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("a bar of " + name + " must have a positive length");
        }
    }

    /** Parses "1Min", "15T", "1Hour", "4H", "1Day"; anything else is refused with the accepted forms. */
    public static Timeframe parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a timeframe (expected e.g. 1Min, 5Min, 1Hour,"
                    + " 1Day)");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration length = switch (matcher.group(2)) {
            case "Min", "T" -> Duration.ofMinutes(amount);
            case "Hour", "H" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return new Timeframe(text.strip(), length);
    }

    /** True when a bar's timeframe field names this timeframe. */
    public boolean names(String barTimeframe) {
        return name.equals(barTimeframe);
    }

    @Override
    public String toString() {
        return name;
    }
}
