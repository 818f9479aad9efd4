package com.tradesuite.bench.read;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import com.tradesuite.bench.Deadline;
import com.tradesuite.bench.Progress;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventLogConsumer;
import com.tradesuite.service.log.EventPublisher;
import com.tradesuite.service.log.LogHandler;
import com.tradesuite.service.log.LoggedEvent;

/**
 * The services' own replay path, without Quarkus: service-runtime's EventLogConsumer (consumer group, range
 * assignment, read to the end offsets, merge by append time) delivering to a handler that runs {@link BenchFold}.
 * Timed from {@code start()} to {@code ready()}, so the group join is included, as in a service start.
 */
public final class RealPathRead {

    private RealPathRead() {
    }

    public static ReadResult run(String bootstrapServers, Collection<String> topicNames, long expected,
                                 PrintStream out, Deadline deadline) {
        List<Topic<?>> topics = topicNames.stream().<Topic<?>>map(name -> TopicCatalog.byName(name).orElseThrow())
                .toList();
        FoldingHandler handler = new FoldingHandler();
        try (EventPublisher publisher = new EventPublisher(bootstrapServers, "bench-real-path-publisher",
                Duration.ofSeconds(10));
             EventLogConsumer consumer = new EventLogConsumer(bootstrapServers, "bench-real-path-" + System.nanoTime(),
                     "bench-real-path", topics, handler, publisher, Clock.systemUTC())) {
            Progress progress = new Progress(out, "replayed", expected);
            long started = System.nanoTime();
            consumer.start();
            while (!consumer.ready()) {
                if (deadline.passed()) {
                    handler.abandon();
                    return new ReadResult("EventLogConsumer (services' replay)", handler.folded(),
                            Duration.ofNanos(System.nanoTime() - started), false, null);
                }
                progress.at(handler.folded());
                pause();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            return new ReadResult("EventLogConsumer (services' replay)", handler.folded(), elapsed, true,
                    handler.summary());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the replay", e);
        }
    }

    /** Folds replayed events; once abandoned (time limit) it skips the rest so the consumer can be closed. */
    private static final class FoldingHandler implements LogHandler {

        private final BenchFold fold = new BenchFold();
        private volatile boolean abandoned;
        private volatile long folded;

        @Override
        public void onEvent(LoggedEvent event) {
            if (!abandoned) {
                fold.apply(event.envelope());
                folded = fold.folded();
            }
        }

        void abandon() {
            abandoned = true;
        }

        long folded() {
            return folded;
        }

        /** Read once ready: the consumer thread folded everything before it reported ready. */
        String summary() {
            return fold.summary();
        }
    }
}
