package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.tradesuite.localstack.pacing.Backtest;
import com.tradesuite.localstack.pacing.BacktestSummary;
import com.tradesuite.localstack.pacing.SuiteObservation;
import com.tradesuite.localstack.pacing.SuiteProbe;

/**
 * The same seeded backtest twice, on an idle machine and on one whose CPU is kept busy by spinning threads: the
 * lockstep clock makes the exchange's executions and the monitor's report the same, with no fallback step.
 */
class BacktestDeterminismIT {

    private static final List<String> SYMBOLS = List.of(
            "AAPL", "AMD", "MSFT", "NVDA", "SPY", "TSLA", "META", "QQQ", "AMZN", "GOOG");
    private static final Map<String, String> LOOSE_LIMITS = Map.of(
            "BUYER_DAILY_LOSS_LIMIT_PERCENT", "50",
            // The risk manager's latches (daily loss, drawdown) are loosened like the buyer's daily limit: a
            // losing seed would halt entries early (at the same bar on every run: they run on market time).
            "RISK_DAILY_LOSS_LIMIT_PERCENT", "50",
            "RISK_MAX_DRAWDOWN_PERCENT", "50",
            "BUYER_MAX_OPEN_POSITIONS", "10");
    private static final Duration READY = Duration.ofMinutes(3);
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    @Test
    void givenTheSameSeedWhenBacktestedIdleAndUnderCpuLoadThenTradesAndReportAreTheSame() {
        Run idle = backtest(false);
        Run loaded = backtest(true);

        SessionInvariants.everyBarWasReleasedByTheGate(idle.summary().stats(), 90);
        SessionInvariants.everyBarWasReleasedByTheGate(loaded.summary().stats(), 90);
        assertThat(idle.executions()).as("the session traded").isNotEmpty();
        assertThat(loaded.executions()).isEqualTo(idle.executions());
        assertThat(loaded.report()).isEqualTo(idle.report());
    }

    private static Run backtest(boolean loadCpu) {
        LocalStackOptions options = LocalStackOptions.parse(List.of(
                "--project-dir", Path.of("..").toAbsolutePath().normalize().toString(),
                "--kafka-port", "0", "--base-port", "0", "--exchange-port", "0",
                "--symbols", String.join(",", SYMBOLS), "--seed", "7", "--session", "90m", "--backtest"));
        List<Thread> load = new ArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(loadCpu);
        try (LocalStack stack = LocalStack.start(options, LOOSE_LIMITS, OUT, READY)) {
            List<String> executions = new CopyOnWriteArrayList<>();
            stack.exchange().engine().addListener(update -> {
                if (update.isExecution()) {
                    // Ids are the exchange's own and differ between runs; what traded, when and at what price may not.
                    executions.add(update.timestamp() + " " + update.order().symbol() + " " + update.order().side()
                            + " " + update.qty().stripTrailingZeros().toPlainString() + " @ "
                            + update.price().stripTrailingZeros().toPlainString());
                }
            });
            if (loadCpu) {
                for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors(); i++) {
                    Thread spinner = new Thread(() -> spin(loading), "cpu-load-" + i);
                    spinner.setDaemon(true);
                    spinner.start();
                    load.add(spinner);
                }
            }
            BacktestSummary summary = Backtest.run(stack, SessionPlan.of(options), OUT);
            loading.set(false);
            OUT.println(summary.text());
            awaitSettled(stack);
            String report = ServiceReports.tradeReport(stack);
            OUT.println(report);
            // Within one bar, orders placed for different symbols may reach the exchange in either order.
            return new Run(summary, executions.stream().sorted().toList(), report);
        } finally {
            loading.set(false);
        }
    }

    /**
     * The lockstep ends when the suite is done with the last bar; the monitor may still be folding the last broker
     * facts (slower under load), so the report is read once every service has folded the whole log.
     */
    private static void awaitSettled(LocalStack stack) {
        try (SuiteProbe probe = new SuiteProbe(stack)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                SuiteObservation seen = probe.observe();
                return seen.logStable() && !seen.services().isEmpty() && seen.services().stream()
                        .allMatch(service -> service.lag() == 0 && service.pendingWork() == 0);
            });
        }
    }

    /** Keeps one core busy until told to stop (a volatile read per turn, nothing else). */
    private static void spin(AtomicBoolean loading) {
        while (loading.get()) {
            Thread.onSpinWait();
        }
    }

    private record Run(BacktestSummary summary, List<String> executions, String report) {
    }
}
