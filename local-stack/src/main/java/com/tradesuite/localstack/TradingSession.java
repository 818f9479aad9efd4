package com.tradesuite.localstack;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.AccountView;
import com.tradesuite.paperexchange.engine.ExchangeEngine;

/**
 * Drives the paper exchange's simulated clock at a fixed speed-up, so a whole trading day runs in minutes, and
 * prints a progress line every few seconds.
 */
public final class TradingSession {

    /** Longer than this without a bar is closed hours (a night, a weekend, a holiday): skipped at once. */
    static final Duration MAX_IDLE = Duration.ofMinutes(30);
    private static final Duration TICK = Duration.ofMillis(200);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final DateTimeFormatter NEW_YORK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("America/New_York"));

    private final PaperExchangeServer exchange;
    private final double speedUp;
    private final AtomicInteger executions = new AtomicInteger();

    public TradingSession(PaperExchangeServer exchange, double speedUp) {
        this.exchange = exchange;
        this.speedUp = speedUp;
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

    /** Advances simulated time by {@code length} at the speed-up, printing progress; returns the new time. */
    public Instant run(Duration length, PrintStream out) {
        Instant start = exchange.now();
        Instant end = start.plus(length);
        Duration step = Duration.ofMillis(Math.max(1, Math.round(TICK.toMillis() * speedUp)));
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (exchange.now().isBefore(end)) {
            long tickStarted = System.nanoTime();
            Duration remaining = Duration.between(exchange.now(), end);
            exchange.advance(remaining.compareTo(step) < 0 ? remaining : step);
            if (System.nanoTime() >= nextProgress) {
                printProgress(out, start, end);
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
            pace(tickStarted);
        }
        printProgress(out, start, end);
        return exchange.now();
    }

    /**
     * Plays a replayed bar file to its last bar: each stretch of bars (a trading session) at the speed-up through
     * {@link #run(Duration, PrintStream)}, the closed hours between stretches skipped at once (the exchange still
     * runs the close on the way: day orders expire, GTC orders stay); returns the new time.
     */
    public Instant runThroughLastBar(PrintStream out) {
        ExchangeEngine engine = exchange.engine();
        for (Optional<Instant> next = engine.nextBarStart(); next.isPresent(); next = engine.nextBarStart()) {
            Instant start = next.get();
            Instant end = engine.endOfStretch(start, MAX_IDLE).orElseThrow(() -> new IllegalStateException(
                    "the market-data source has no last bar (seeded prices): use run(Duration)"));
            if (Duration.between(exchange.now(), start).compareTo(MAX_IDLE) > 0) {
                out.printf("  %s ET  closed until %s ET, skipped%n", NEW_YORK_TIME.format(exchange.now()),
                        NEW_YORK_TIME.format(start));
                engine.advanceTo(start);
            }
            run(Duration.between(exchange.now(), end), out);
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

    private static void pace(long tickStartedNanos) {
        long sleepNanos = TICK.toNanos() - (System.nanoTime() - tickStartedNanos);
        if (sleepNanos > 0) {
            try {
                Thread.sleep(sleepNanos / 1_000_000, (int) (sleepNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("session interrupted", e);
            }
        }
    }
}
