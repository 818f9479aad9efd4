package com.tradesuite.localstack;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import com.tradesuite.localstack.pacing.ClockPacer;
import com.tradesuite.localstack.pacing.FixedSpeedUp;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.AccountView;

/**
 * Runs a session on the paper exchange's simulated clock, moved by a {@link ClockPacer} (a fixed speed-up, or
 * lockstep with the suite), and prints a progress line every few seconds.
 */
public final class TradingSession {

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
