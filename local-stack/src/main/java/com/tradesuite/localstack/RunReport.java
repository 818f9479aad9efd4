package com.tradesuite.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What a run prints at its end (the backtest summary if it was one, the monitor's trade report, the risk manager's
 * protection view), also written to a file so a run's result outlives the console.
 *
 * @param backtestSummary the backtest summary's text; empty for a timed session
 * @param tradeReport the monitor's plain-text report
 * @param protection the risk manager's protection view
 */
public record RunReport(String backtestSummary, String tradeReport, String protection) {

    /** One file per run (named by the real time it ended), so a second run does not overwrite the first. */
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** Reads the stack's reports now, after the session. */
    public static RunReport of(LocalStack stack, String backtestSummary) {
        return new RunReport(backtestSummary, ServiceReports.tradeReport(stack), ServiceReports.protection(stack));
    }

    /** The text as printed, ending with a line break. */
    public String text() {
        StringBuilder text = new StringBuilder();
        if (!backtestSummary.isEmpty()) {
            text.append(backtestSummary).append(System.lineSeparator());
        }
        text.append(tradeReport).append(System.lineSeparator());
        text.append("Risk manager's protection view: ").append(protection).append(System.lineSeparator());
        return text.toString();
    }

    /** Writes {@link #text()} to {@code report-<UTC yyyyMMdd-HHmmss>.txt} in {@code dir}; returns the file. */
    public Path writeTo(Path dir, Instant endedAt) {
        Path file = dir.resolve("report-" + FILE_STAMP.format(endedAt) + ".txt");
        try {
            Files.createDirectories(dir);
            return Files.writeString(file, text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file, e);
        }
    }
}
