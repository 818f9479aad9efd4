package com.tradesuite.paperexchange.http;

import com.tradesuite.paperexchange.core.MarketCalendar;
import com.tradesuite.paperexchange.market.Bar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Alpaca bar timeframes (1Min..59Min, 1Hour..23Hour, 1Day) and the aggregation of 1-minute bars into them. */
record TimeFrame(int amount, ChronoUnit unit) {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)(Min|T|Hour|H|Day|D)");

    static TimeFrame parse(String text) {
        if (text == null) {
            return new TimeFrame(1, ChronoUnit.MINUTES);
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new Responses.BadRequest("invalid timeframe: " + text);
        }
        int amount = Integer.parseInt(matcher.group(1));
        ChronoUnit unit = switch (matcher.group(2)) {
            case "Min", "T" -> ChronoUnit.MINUTES;
            case "Hour", "H" -> ChronoUnit.HOURS;
            default -> ChronoUnit.DAYS;
        };
        boolean valid = switch (unit) {
            case MINUTES -> amount >= 1 && amount <= 59;
            case HOURS -> amount >= 1 && amount <= 23;
            default -> amount == 1;
        };
        if (!valid) {
            throw new Responses.BadRequest("invalid timeframe: " + text);
        }
        return new TimeFrame(amount, unit);
    }

    /** Start of the bucket holding {@code instant}; hours and days align to New York wall-clock time. */
    Instant bucketStart(Instant instant) {
        ZonedDateTime local = instant.atZone(MarketCalendar.NEW_YORK);
        return switch (unit) {
            case MINUTES -> {
                ZonedDateTime minute = local.truncatedTo(ChronoUnit.MINUTES);
                yield minute.withMinute(minute.getMinute() - minute.getMinute() % amount).toInstant();
            }
            case HOURS -> {
                ZonedDateTime hour = local.truncatedTo(ChronoUnit.HOURS);
                yield hour.withHour(hour.getHour() - hour.getHour() % amount).toInstant();
            }
            default -> local.truncatedTo(ChronoUnit.DAYS).toInstant();
        };
    }

    List<Bar> aggregate(List<Bar> minuteBars) {
        if (amount == 1 && unit == ChronoUnit.MINUTES) {
            return minuteBars;
        }
        Map<Instant, List<Bar>> buckets = new LinkedHashMap<>();
        for (Bar bar : minuteBars) {
            buckets.computeIfAbsent(bucketStart(bar.start()), k -> new ArrayList<>()).add(bar);
        }
        List<Bar> result = new ArrayList<>();
        buckets.forEach((start, bars) -> result.add(merge(start, bars)));
        return result;
    }

    private Bar merge(Instant start, List<Bar> bars) {
        BigDecimal high = bars.get(0).high();
        BigDecimal low = bars.get(0).low();
        long volume = 0;
        long trades = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Bar bar : bars) {
            high = high.max(bar.high());
            low = low.min(bar.low());
            volume += bar.volume();
            trades += bar.tradeCount();
            weighted = weighted.add(bar.vwap().multiply(BigDecimal.valueOf(bar.volume())));
        }
        BigDecimal vwap = volume == 0 ? bars.get(0).vwap()
                : weighted.divide(BigDecimal.valueOf(volume), 4, RoundingMode.HALF_UP);
        return new Bar(bars.get(0).symbol(), start, Duration.of(amount, unit), bars.get(0).open(), high, low,
                bars.get(bars.size() - 1).close(), volume, trades, vwap);
    }
}
