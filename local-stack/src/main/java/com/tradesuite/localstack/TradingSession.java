package com.tradesuite.localstack;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.tradesuite.localstack.pacing.ClockPacer;
import com.tradesuite.localstack.pacing.FixedSpeedUp;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.AccountView;
import com.tradesuite.paperexchange.engine.ExchangeEngine;

/**
 * Runs a session on the paper exchange's simulated clock, moved by a {@link ClockPacer} (a fixed speed-up, or
 * lockstep with the suite), and prints a progress line every few seconds.
 */
public final class TradingSession {

    /** Longer than this without a bar is closed hours (a night, a weekend, a holiday): skipped at once. */
    static final Duration MAX_IDLE = Duration.ofMinutes(30);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final DateTimeFormatter NEW_YORK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("America/New_York"));

    private final PaperExchangeServer exchange;
    private final ClockPacer pacer;
    private final AtomicInteger executions = new AtomicInteger();

    /** A session at a fixed speed-up: simulated seconds per real second. */
    public TradingSession(PaperExchangeServer exchange, double speedUp) {
        this(exchange, new FixedSpeedUp(speedUp));
    }

    public TradingSession(PaperExchangeServer exchange, ClockPacer pacer) {
        this.exchange = exchange;
        this.pacer = pacer;
        exchange.engine().addListener(update -> {
            if (update.isExecution()) {
                executions.incrementAndGet();
            }
        });
    }

    /** Executions the exchange has reported since this session started. */
    public int executions() {
        return executions.get();
    }

    /** Advances simulated time by {@code length} at the pacer's pace, printing progress; returns the new time. */
    public Instant run(Duration length, PrintStream out) {
        Instant start = exchange.now();
        Instant end = start.plus(length);
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (exchange.now().isBefore(end)) {
            pacer.step(exchange, Duration.between(exchange.now(), end));
            if (System.nanoTime() >= nextProgress) {
                printProgress(out, start, end);
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
        }
        pacer.finish(exchange);
        printProgress(out, start, end);
        return exchange.now();
    }

    /**
     * Plays what the plan asks for, at the pacer's pace: the bar files' trading days through
     * {@link #runThroughLastBar(Optional, PrintStream)}, or seeded time through {@link #run(Duration, PrintStream)};
     * the one path for a timed session and a backtest. Returns the new time.
     */
    public Instant play(SessionPlan plan, PrintStream out) {
        return plan.tradingDays() ? runThroughLastBar(plan.limit(), out) : run(plan.limit().orElseThrow(), out);
    }

    /**
     * Plays a replayed bar file to its last bar, or until {@code limit} of trading time is played: each stretch of
     * bars (a trading session) through {@link #run(Duration, PrintStream)}, the closed hours between stretches
     * skipped at once and not counted (the exchange still runs the close on the way: day orders expire, GTC orders
     * stay); returns the new time.
     */
    public Instant runThroughLastBar(Optional<Duration> limit, PrintStream out) {
        ExchangeEngine engine = exchange.engine();
        Duration left = limit.orElse(null);
        for (Optional<Instant> next = engine.nextBarStart(); next.isPresent() && (left == null
                || left.compareTo(Duration.ZERO) > 0); next = engine.nextBarStart()) {
            Instant start = next.get();
            Instant end = engine.endOfStretch(start, MAX_IDLE).orElseThrow(() -> new IllegalStateException(
                    "the market-data source has no last bar (seeded prices): use run(Duration)"));
            if (Duration.between(exchange.now(), start).compareTo(MAX_IDLE) > 0) {
                out.printf("  %s ET  closed until %s ET, skipped%n", NEW_YORK_TIME.format(exchange.now()),
                        NEW_YORK_TIME.format(start));
                engine.advanceTo(start);
            }
            Duration stretch = Duration.between(exchange.now(), end);
            if (left != null) {
                stretch = stretch.compareTo(left) < 0 ? stretch : left;
                left = left.minus(stretch);
            }
            run(stretch, out);
        }
        return exchange.now();
    }

    private void printProgress(PrintStream out, Instant start, Instant end) {
        Instant now = exchange.now();
        long done = Duration.between(start, now).toSeconds() * 100 / Math.max(1, Duration.between(start, end)
                .toSeconds());
        AccountView account = exchange.engine().account();
        long open = exchange.engine().positions().size();
        out.printf("  %s ET  %3d%%  executions %4d  open positions %d  equity $%s%n", NEW_YORK_TIME.format(now),
                done, executions.get(), open, account.equity().setScale(2, RoundingMode.HALF_UP).toPlainString());
    }
}
