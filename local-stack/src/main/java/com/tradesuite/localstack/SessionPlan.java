package com.tradesuite.localstack;

import java.time.Duration;
import java.util.Optional;

/**
 * What a run's session plays, whatever moves the clock (a speed-up or the lockstep of a backtest): the bar files'
 * trading days, closed hours skipped, at most {@code limit} of trading time when {@code --session} is given; or, on
 * seeded prices, {@code limit} of simulated time.
 *
 * @param limit how much time to play; empty = the bar files through their last bar
 * @param tradingDays the bar files' trading days, closed hours skipped (false: the seeded generator, which has no end)
 */
public record SessionPlan(Optional<Duration> limit, boolean tradingDays) {

    public SessionPlan {
        if (!tradingDays && limit.isEmpty()) {
            throw new IllegalArgumentException("seeded prices never end: a session on them needs a length");
        }
    }

    /** The plan the run command's options ask for (they must ask for a session, not {@code --no-session}). */
    public static SessionPlan of(LocalStackOptions options) {
        if (options.sessionLength() == null) {
            throw new IllegalArgumentException("--no-session runs no session");
        }
        if (!options.bars().replay()) {
            return seeded(options.sessionLength());
        }
        return new SessionPlan(options.bars().throughLastBar() ? Optional.empty()
                : Optional.of(options.sessionLength()), true);
    }

    /** {@code length} of the seeded generator's simulated time. */
    public static SessionPlan seeded(Duration length) {
        return new SessionPlan(Optional.of(length), false);
    }

    /** What is played, for the line printed before it starts. */
    public String describe() {
        if (!tradingDays) {
            return limit.orElseThrow() + " of simulated time";
        }
        return limit.map(length -> "the bar files' trading days, at most " + length + " of trading time")
                .orElse("the bar files' trading days through their last bar");
    }
}
