package com.tradesuite.risk.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

/** A catch-up starts early enough for every owned partition: the one whose previous owner died first decides. */
class CatchUpPointTest {

    private static final Instant T = Instant.parse("2026-11-20T15:00:00Z");
    /** AAPL and AMD share partition 0; MSFT is alone on 1; NVDA on 2. */
    private static final ToIntFunction<String> PARTITION = symbol -> switch (symbol) {
        case "AAPL", "AMD" -> 0;
        case "MSFT" -> 1;
        default -> 2;
    };

    @Test
    void givenNoOrderHistoryThenThereIsNothingToCatchUp() {
        assertThat(CatchUpPoint.of(Map.of(), Map.of(), PARTITION)).isEmpty();
    }

    @Test
    void givenTwoPartitionsThenThePartitionWhoseLastFactIsOldestDecides() {
        // Partition 0's owner wrote facts until T+10m (AMD); partition 1's owner died after T+3m.
        Map<String, Instant> newestFacts = Map.of(
                "AAPL", T.plusSeconds(60), "AMD", T.plusSeconds(600), "MSFT", T.plusSeconds(180));

        assertThat(CatchUpPoint.of(newestFacts, Map.of(), PARTITION)).contains(T.plusSeconds(180));
    }

    @Test
    void givenAPartitionWithAnIntentButNoBrokerFactThenItsFirstIntentDecides() {
        Map<String, Instant> newestFacts = Map.of("AAPL", T.plusSeconds(600));
        Map<String, Instant> firstIntents = Map.of("AAPL", T, "NVDA", T.plusSeconds(120));

        assertThat(CatchUpPoint.of(newestFacts, firstIntents, PARTITION)).contains(T.plusSeconds(120));
    }

    @Test
    void givenBrokerFactsInAPartitionThenAnOlderIntentThereDoesNotPullTheStartBack() {
        // The owner answered AAPL's intent long ago; the partition's newest fact is what counts.
        Map<String, Instant> newestFacts = Map.of("AMD", T.plusSeconds(600));
        Map<String, Instant> firstIntents = Map.of("AAPL", T);

        assertThat(CatchUpPoint.of(newestFacts, firstIntents, PARTITION)).contains(T.plusSeconds(600));
    }
}
