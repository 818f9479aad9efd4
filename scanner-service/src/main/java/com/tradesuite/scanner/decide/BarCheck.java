package com.tradesuite.scanner.decide;

import java.util.Optional;

import com.tradesuite.scanner.source.SourceBar;
import com.tradesuite.schemas.event.BarClosed;

/**
 * A source bar is published only if it is a valid {@link BarClosed} (positive prices, high not below low, volume not
 * negative) whose open and close lie within its high-low range; otherwise it goes to dead-letter with the reason.
 */
public final class BarCheck {

    private BarCheck() {
    }

    /** The event for a good bar. */
    public static Optional<BarClosed> valid(SourceBar bar, String timeframe) {
        return problem(bar, timeframe).isPresent() ? Optional.empty() : Optional.of(toEvent(bar, timeframe));
    }

    /** Why the bar is not publishable, or empty when it is. */
    public static Optional<String> problem(SourceBar bar, String timeframe) {
        if (bar.problem() != null) {
            return Optional.of(bar.problem());
        }
        BarClosed event;
        try {
            event = toEvent(bar, timeframe);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.of(e.getMessage());
        }
        if (event.open().compareTo(event.high()) > 0 || event.open().compareTo(event.low()) < 0) {
            return Optional.of("open " + event.open().toPlainString() + " is outside the range "
                    + event.low().toPlainString() + ".." + event.high().toPlainString());
        }
        if (event.close().compareTo(event.high()) > 0 || event.close().compareTo(event.low()) < 0) {
            return Optional.of("close " + event.close().toPlainString() + " is outside the range "
                    + event.low().toPlainString() + ".." + event.high().toPlainString());
        }
        return Optional.empty();
    }

    private static BarClosed toEvent(SourceBar bar, String timeframe) {
        return new BarClosed(timeframe, bar.start(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
    }
}
