package com.tradesuite.service.testapp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.tradesuite.schemas.event.CooldownEvent;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.service.log.EventSourcedService;
import com.tradesuite.service.log.LoggedEvent;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The test application's one event-sourced service: it can park the replay thread until a test releases it, or
 * fail once the replay has completed.
 */
@ApplicationScoped
public class HeldReplayService implements EventSourcedService {

    /** Upper bound on the hold, so a failed test cannot leave the replay thread parked for good. */
    private static final Duration MAX_HOLD = Duration.ofSeconds(60);

    @ConfigProperty(name = "test.held-replay.topic", defaultValue = "cooldowns")
    String topic;

    @ConfigProperty(name = "test.held-replay.hold", defaultValue = "false")
    boolean hold;

    /** What {@link #onReplayCompleted} throws when told to fail. */
    public static final String REPLAY_COMPLETED_FAILURE = "test: acting on the replayed log failed";

    @ConfigProperty(name = "test.held-replay.fail-on-replay-completed", defaultValue = "false")
    boolean failOnReplayCompleted;

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicLong folded = new AtomicLong();
    private volatile boolean holding;

    @Override
    public List<Topic<?>> inputs() {
        return List.of(new Topic<>(topic, CooldownEvent.class, Map.of()));
    }

    @Override
    public void onEvent(LoggedEvent event) {
        if (event.replay() && hold) {
            holding = true;
            try {
                release.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            holding = false;
        }
        folded.incrementAndGet();
    }

    @Override
    public void onReplayCompleted(Set<Integer> partitions) {
        if (failOnReplayCompleted) {
            throw new IllegalStateException(REPLAY_COMPLETED_FAILURE);
        }
    }

    /** The topic it folds. */
    public String topic() {
        return topic;
    }

    /** True while the replay thread is parked inside {@link #onEvent}. */
    public boolean holding() {
        return holding;
    }

    /** Lets the replay continue. */
    public void release() {
        release.countDown();
    }

    /** Events folded so far, replayed or live. */
    public long folded() {
        return folded.get();
    }
}
