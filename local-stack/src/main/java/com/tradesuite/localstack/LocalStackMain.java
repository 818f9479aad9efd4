package com.tradesuite.localstack;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Entry point of the run command: start the local stack, run until Ctrl-C or --duration, stop cleanly. */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
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
        CountDownLatch stopped = new CountDownLatch(1);
        LocalStack stack;
        try {
            stack = LocalStack.start(options, System.out, Duration.ofMinutes(3));
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the local stack...");
            stack.close();
            stopped.countDown();
        }, "local-stack-shutdown"));
        System.out.println("All services ready. Kafka at " + stack.bootstrapServers()
                + (options.duration() == null ? ". Press Ctrl-C to stop." : ". Running for " + options.duration()));
        if (options.duration() != null) {
            stopped.await(options.duration().toMillis(), TimeUnit.MILLISECONDS);
            System.exit(0);
        }
        stopped.await();
    }
}
