package com.tradesuite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.tradesuite.bench.proc.JavaLaunch;
import com.tradesuite.bench.report.ResultRow;

/**
 * Part (e): the backtest, as a trader runs it ({@code local-stack.jar --backtest}: broker, exchange and the five
 * services as processes, lockstep clock), one seeded trading day of minute bars for 10 symbols; reads its summary.
 */
public final class BacktestPart {

    private static final String PART = "(e) backtest";
    static final List<String> SYMBOLS = List.of("AAPL", "AMD", "MSFT", "NVDA", "SPY", "TSLA", "META", "QQQ", "AMZN",
            "GOOG");
    private static final double GOAL_DAYS_PER_MINUTE = 10;

    private BacktestPart() {
    }

    public static List<ResultRow> run(BenchContext context) {
        BenchOptions options = context.options();
        Path jar = options.projectDir().resolve("local-stack/target/local-stack.jar");
        List<String> args = List.of("--backtest", "--symbols", String.join(",", SYMBOLS), "--session", "390m",
                "--seed", String.valueOf(options.seed()), "--kafka-port", "0", "--base-port", "0",
                "--exchange-port", "0", "--project-dir", options.projectDir().toString());
        Deadline deadline = context.deadline("backtest of one trading day, 10 symbols");
        Process process = JavaLaunch.start(jar, List.of("-Xmx1g"), args, Map.of(), options.runDir(), "backtest");
        try {
            if (!process.waitFor(deadline.remainingMillis(), TimeUnit.MILLISECONDS)) {
                JavaLaunch.stop(process);
                return List.of(ResultRow.judged(PART, "trading days per real minute", "did not finish in "
                        + deadline.limit().toSeconds() + " s", ">= 10", false));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            JavaLaunch.stop(process);
            throw new IllegalStateException("interrupted during the backtest", e);
        }
        List<String> summary = summary(options.runDir().resolve("backtest.out"));
        Optional<Double> daysPerMinute = value(summary, "real days/minute").map(Double::parseDouble);
        if (process.exitValue() != 0 || daysPerMinute.isEmpty()) {
            return List.of(ResultRow.judged(PART, "the run", "exit " + process.exitValue() + ", no summary; see "
                    + options.runDir().resolve("backtest.out"), "-", false));
        }
        List<ResultRow> rows = new ArrayList<>();
        rows.add(ResultRow.judged(PART, "trading days per real minute (10 symbols, 390 minute bars)",
                String.format("%.2f (%s simulated days in %s, %s events handled, %s fallback steps)",
                        daysPerMinute.get(), value(summary, "simulated days").orElse("?"),
                        value(summary, "real time").orElse("?"), value(summary, "events handled").orElse("?"),
                        value(summary, "fallback steps").orElse("?")),
                ">= 10", daysPerMinute.get() >= GOAL_DAYS_PER_MINUTE));
        value(summary, "real ms per bar").ifPresent(line -> rows.add(ResultRow.info(PART, "real ms per bar", line)));
        summary.stream().filter(line -> line.startsWith("  "))
                .forEach(line -> rows.add(ResultRow.info(PART, "per bar", line.trim().replaceAll("\\s+", " "))));
        return rows;
    }

    /** The lines of the run's output from its summary heading on. */
    private static List<String> summary(Path output) {
        try {
            List<String> lines = Files.readAllLines(output);
            int start = lines.indexOf("BACKTEST SUMMARY");
            return start < 0 ? List.of() : lines.subList(start + 1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + output, e);
        }
    }

    /** The value of a summary line {@code "<label>   <value>"}. */
    static Optional<String> value(List<String> summary, String label) {
        return summary.stream().filter(line -> line.startsWith(label + " "))
                .map(line -> line.substring(label.length()).trim()).findFirst();
    }
}
