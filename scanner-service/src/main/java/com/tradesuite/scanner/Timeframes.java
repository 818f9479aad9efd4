package com.tradesuite.scanner;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bar length of an Alpaca minute or hour timeframe ("1Min", "5Min", "1Hour"); day bars have no fixed length. */
final class Timeframes {

    private static final Pattern TIMEFRAME = Pattern.compile("([1-9][0-9]*)(Min|T|Hour|H)");

    private Timeframes() {
    }

    static Optional<Duration> length(String timeframe) {
        Matcher matcher = TIMEFRAME.matcher(timeframe == null ? "" : timeframe.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        boolean minutes = matcher.group(2).equals("Min") || matcher.group(2).equals("T");
        return Optional.of(minutes ? Duration.ofMinutes(amount) : Duration.ofHours(amount));
    }
}
