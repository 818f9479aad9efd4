package com.tradesuite.schemas.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The hand-written compareTo is the documented replay order: time, topic, offset, partition. */
class LogPositionTest {

    @Test
    void givenPositionsThatTieOnEveryPrefix_whenCompared_thenCompareToAgreesWithTheReplayOrder() {
        Random random = new Random(42);
        List<String> topics = List.of("orders", "fills", "cooldowns", "exit-source");
        List<LogPosition> positions = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // Few distinct values per field, so most pairs tie on time, many on topic and offset too.
            positions.add(new LogPosition(topics.get(random.nextInt(topics.size())), random.nextInt(3),
                    random.nextInt(4), 1_000 + random.nextInt(3)));
        }
        for (LogPosition a : positions) {
            for (LogPosition b : positions) {
                assertThat(Integer.signum(a.compareTo(b))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(LogPosition.REPLAY_ORDER.compare(a, b)));
            }
        }
    }

    @Test
    void givenTheSameTime_whenCompared_thenTopicThenOffsetThenPartitionDecide() {
        assertThat(new LogPosition("fills", 5, 9, 7).compareTo(new LogPosition("orders", 0, 0, 7))).isNegative();
        assertThat(new LogPosition("orders", 5, 1, 7).compareTo(new LogPosition("orders", 0, 2, 7))).isNegative();
        assertThat(new LogPosition("orders", 0, 2, 7).compareTo(new LogPosition("orders", 1, 2, 7))).isNegative();
        assertThat(new LogPosition("orders", 0, 0, 6).compareTo(new LogPosition("fills", 0, 0, 7))).isNegative();
    }
}
