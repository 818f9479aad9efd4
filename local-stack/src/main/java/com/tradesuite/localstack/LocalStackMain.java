package com.tradesuite.localstack;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import com.tradesuite.localstack.pacing.Backtest;

/**
 * Entry point of the run command: start the local stack, run a seeded session on simulated time (or until Ctrl-C),
 * print the report and the protection status, stop everything cleanly.
 */
public final class LocalStackMain {

    private static final Duration SETTLE = Duration.ofSeconds(5);

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
            stopped.await();
            return;
        }
        if (options.backtest()) {
            System.out.printf("All services ready. Backtesting %s of simulated time in lockstep...%n",
                    options.sessionLength());
            System.out.println();
            System.out.println(Backtest.run(stack, options.sessionLength(), System.out).text());
        } else {
            TradingSession session = new TradingSession(stack.exchange(), options.speedUp());
            if (options.bars().throughLastBar()) {
                System.out.printf("All services ready. Trading the bar files through their last bar at %sx...%n",
                        options.speedUp());
                session.runThroughLastBar(System.out);
            } else {
                System.out.printf("All services ready. Trading %s of simulated time at %sx...%n",
                        options.sessionLength(), options.speedUp());
                session.run(options.sessionLength(), System.out);
            }
            Thread.sleep(SETTLE.toMillis()); // let the last fills reach the report
            System.out.println();
        }
        System.out.println(ServiceReports.tradeReport(stack));
        System.out.println("Risk manager's protection view: " + ServiceReports.protection(stack));
        Runtime.getRuntime().removeShutdownHook(shutdown);
        System.out.println("Stopping the local stack...");
        stack.close();
        System.out.println("Done.");
    }
}
