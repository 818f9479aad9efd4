package com.tradesuite.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import com.tradesuite.localstack.pacing.Backtest;

/**
 * Entry point of the run command: start the local stack, run a session on simulated time (timed or a backtest; or
 * run until Ctrl-C), print the report and the protection status and write them to a file, stop everything cleanly.
 */
public final class LocalStackMain {

    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** How long the end of a run waits for the monitor to commit its last read-model rows. */
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(60);

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // The embedded broker's own start/stop chatter is not news to someone running a session.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LocalStackOptions.USAGE);
            return;
        }
        LocalStack stack;
        try {
            stack = LocalStack.start(options, System.out, Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            System.out.println("Stopping the local stack...");
            stack.close();
            stopped.countDown();
        }, "local-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        if (options.sessionLength() == null) {
            System.out.println("All services ready. Kafka at " + stack.bootstrapServers() + ", paper exchange at "
                    + stack.exchange().baseUrl() + ". Press Ctrl-C to stop.");
            stack.readModel().ifPresent(readModel -> System.out.println(readModel.whereToQuery()));
            stopped.await();
            return;
        }
        SessionPlan plan = SessionPlan.of(options);
        Instant sessionStart = stack.exchange().now();
        String backtestSummary = "";
        if (options.backtest()) {
            System.out.printf("All services ready. Backtesting %s in lockstep...%n", plan.describe());
            backtestSummary = Backtest.run(stack, plan, System.out).text();
        } else {
            System.out.printf("All services ready. Trading %s at %sx...%n", plan.describe(), options.speedUp());
            new TradingSession(stack.exchange(), options.speedUp()).play(plan, System.out);
            Thread.sleep(SETTLE.toMillis()); // let the last fills reach the report
        }
        System.out.println();
        RunReport report = RunReport.of(stack, backtestSummary);
        System.out.print(report.text());
        Instant endedAt = Instant.now();
        try {
            System.out.println("Report written to " + report.writeTo(stack.reportDir(), endedAt));
        } catch (UncheckedIOException e) {
            System.err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
        }
        try {
            for (Path page : DailyReportPages.write(stack, sessionStart, stack.exchange().now(), stack.reportDir(),
                    endedAt)) {
                System.out.println("Daily report page written to " + page);
            }
        } catch (IOException e) {
            System.err.println("error: the daily report page: " + e.getMessage());
        }
        if (stack.readModel().isPresent()) {
            System.out.println();
            System.out.print(stack.readModelSummary(READ_MODEL_WAIT));
        }
        Runtime.getRuntime().removeShutdownHook(shutdown);
        System.out.println("Stopping the local stack...");
        stack.close();
        System.out.println("Done.");
    }
}
