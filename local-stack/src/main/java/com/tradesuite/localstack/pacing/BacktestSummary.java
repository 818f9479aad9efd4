package com.tradesuite.localstack.pacing;

import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one lockstep run: simulated trading days (390 one-minute bars each), bars, events the services
 * handled, real time, trading days per real minute, fallback steps, and where each bar's real time went.
 *
 * @param stats the pacer's counts and timings
 * @param eventsHandled events the services handled during the run (summed over services)
 * @param realTime wall-clock length of the run
 * @param observationParts real time spent in each part of the observations
 */
public record BacktestSummary(LockstepStats stats, long eventsHandled, Duration realTime,
                              Map<String, Duration> observationParts) {

    public BacktestSummary {
        observationParts = Map.copyOf(observationParts);
    }

    /** One regular New York trading day of one-minute bars. */
    public static final int BARS_PER_DAY = 390;

    public double simulatedDays() {
        return stats.bars() / (double) BARS_PER_DAY;
    }

    public double daysPerRealMinute() {
        double minutes = realTime.toNanos() / 60e9;
        return minutes == 0 ? 0 : simulatedDays() / minutes;
    }

    /** The summary as printed at the end of a backtest; timing lines start with "real" or "  ". */
    public String text() {
        StringBuilder text = new StringBuilder();
        text.append("BACKTEST SUMMARY\n");
        text.append(String.format(Locale.ROOT, "simulated days      %.2f%n", simulatedDays()));
        text.append(String.format(Locale.ROOT, "bars                %d%n", stats.bars()));
        text.append(String.format(Locale.ROOT, "events handled      %d%n", eventsHandled));
        text.append(String.format(Locale.ROOT, "fallback steps      %d%n", stats.fallbackSteps()));
        text.append(String.format(Locale.ROOT, "real time           %.1f s%n", realTime.toMillis() / 1000.0));
        text.append(String.format(Locale.ROOT, "real days/minute    %.2f%n", daysPerRealMinute()));
        text.append(String.format(Locale.ROOT, "real ms per bar     %.1f (exchange advancing %.1f, waiting for the suite"
                + " %.1f, of which observing %.1f)%n", stats.bars() == 0 ? 0 : realTime.toNanos() / 1e6 / stats.bars(),
                stats.perBarMillis(stats.advancing()), stats.perBarMillis(stats.waiting()),
                stats.perBarMillis(stats.observing())));
        text.append(String.format(Locale.ROOT, "  observations per bar %.1f, %.1f ms each%n",
                stats.bars() == 0 ? 0 : stats.observations() / (double) stats.bars(),
                stats.observations() == 0 ? 0 : stats.observing().toNanos() / 1e6 / stats.observations()));
        observationParts.forEach((part, time) -> text.append(String.format(Locale.ROOT,
                "  observing: %-38s %.1f ms per bar%n", part, stats.perBarMillis(time))));
        stats.waitedFor().entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue(Comparator.reverseOrder()))
                .forEach(entry -> text.append(String.format(Locale.ROOT, "  waited for %-40s %.1f ms per bar%n",
                        entry.getKey(), stats.perBarMillis(entry.getValue()))));
        stats.fallbackReasons().forEach(reason -> text.append("fallback: ").append(reason).append('\n'));
        return text.toString();
    }
}
