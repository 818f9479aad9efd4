package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestartedStatesTest {

    private static final String ORDER = "{\"clientOrderId\":\"entry-1-sl\",\"status\":\"ACCEPTED\",\"stopPrice\":98.00}";
    private static final String POSITION = "{\"symbol\":\"AAPL\",\"qty\":10,\"avgEntryPrice\":100.000000}";

    @Test
    void aRestartThatRebuiltTheSameStateMatchesAlthoughTheFoldedOffsetsMovedOn() {
        RestartedStates states = new RestartedStates();

        states.compare("seller-service", RestartedStates.comparable(envelope("[0,1]", 17, ORDER)),
                RestartedStates.comparable(envelope("[1,0]", 23, ORDER)));

        assertThat(states.mismatches()).isEmpty();
        assertThat(states.substantialComparisons()).containsExactly("seller-service");
    }

    @Test
    void aRestartThatLostAnOpenOrderOrAPartitionIsAMismatch() {
        RestartedStates states = new RestartedStates();

        states.compare("seller-service", RestartedStates.comparable(envelope("[0,1]", 17, ORDER)),
                RestartedStates.comparable(envelope("[0,1]", 17, "")));
        states.compare("risk-manager-service", RestartedStates.comparable(envelope("[0,1]", 17, ORDER)),
                RestartedStates.comparable(envelope("[0]", 17, ORDER)));

        assertThat(states.mismatches()).containsOnlyKeys("seller-service", "risk-manager-service");
        assertThat(states.mismatches().get("seller-service")).contains("entry-1-sl");
    }

    @Test
    void aBareStateBodyIsComparedWholeAndEmptyStatesCountAsNothingToLose() {
        RestartedStates states = new RestartedStates();
        String empty = "{\"trading\":{\"positions\":[],\"openOrders\":[],\"cooldowns\":{}}}";
        String holding = "{\"trading\":{\"positions\":[" + POSITION + "],\"openOrders\":[],\"cooldowns\":{}}}";

        states.compare("buyer-service", RestartedStates.comparable(empty), RestartedStates.comparable(empty));
        assertThat(states.substantialComparisons()).isEmpty();
        states.compare("buyer-service", RestartedStates.comparable(holding), RestartedStates.comparable(empty));

        assertThat(states.mismatches()).containsOnlyKeys("buyer-service");
        assertThat(states.substantialComparisons()).containsExactly("buyer-service");
    }

    @Test
    void anAnswerThatIsNotJsonComparesAsItsText() {
        RestartedStates states = new RestartedStates();

        states.compare("buyer-service", RestartedStates.comparable("buyer-service answered 503 for /state: {}x"),
                RestartedStates.comparable("{}"));

        assertThat(states.mismatches()).containsOnlyKeys("buyer-service");
    }

    private static String envelope(String partitions, long offset, String order) {
        return "{\"service\":\"seller-service\",\"ownedPartitions\":" + partitions
                + ",\"foldedOffsets\":{\"orders\":{\"0\":" + offset + "}},\"state\":{\"marketTime\":"
                + "\"2026-11-20T15:31:00Z\",\"trading\":{\"positions\":[" + POSITION + "],\"openOrders\":[" + order
                + "],\"cooldowns\":{}}}}";
    }
}
