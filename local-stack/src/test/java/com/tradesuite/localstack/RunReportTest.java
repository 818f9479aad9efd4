package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {

    private static final String NL = System.lineSeparator();

    @Test
    void givenABacktest_whenWritten_thenTheFileHoldsTheSummaryReportAndProtectionAsPrinted(@TempDir Path dir)
            throws IOException {
        RunReport report = new RunReport("BACKTEST SUMMARY\nbars 30\n", "SYMBOL TRADES\nSPY 2", "{\"protected\":0}");

        Path file = report.writeTo(dir.resolve("reports"), Instant.parse("2026-12-02T10:15:30Z"));

        assertThat(file).isEqualTo(dir.resolve("reports/report-20261202-101530.txt"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(report.text())
                .isEqualTo("BACKTEST SUMMARY\nbars 30\n" + NL + "SYMBOL TRADES\nSPY 2" + NL
                        + "Risk manager's protection view: {\"protected\":0}" + NL);
    }

    @Test
    void givenATimedSession_whenPrinted_thenThereIsNoSummary() {
        assertThat(new RunReport("", "SYMBOL TRADES", "{}").text())
                .isEqualTo("SYMBOL TRADES" + NL + "Risk manager's protection view: {}" + NL);
    }
}
