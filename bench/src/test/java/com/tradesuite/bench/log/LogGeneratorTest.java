package com.tradesuite.bench.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.bench.read.BenchFold;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.TopicCatalog;

class LogGeneratorTest {

    @Test
    void theSameSeedGivesTheSameLog() {
        assertThat(eventIds(new LogGenerator(7, 50, 2_000))).isEqualTo(eventIds(new LogGenerator(7, 50, 2_000)));
        assertThat(eventIds(new LogGenerator(8, 50, 2_000))).isNotEqualTo(eventIds(new LogGenerator(7, 50, 2_000)));
    }

    @Test
    void writesCompleteRoundTripsOnlyAndAtLeastTheTarget() {
        LogGenerator log = new LogGenerator(42, 50, 1_500);
        BenchFold fold = new BenchFold();
        long count = 0;
        while (log.hasNext()) {
            fold.apply(log.next().envelope());
            count++;
        }
        assertThat(count).isEqualTo(log.plannedEvents()).isGreaterThanOrEqualTo(1_500);
        assertThat(fold.state().positions().openPositionCount()).isZero();
        assertThat(fold.state().orders().openOrders()).isEmpty();
        assertThat(fold.ledger().closedTrades()).hasSize((int) log.roundTrips());
        assertThat(fold.ledger().exits()).hasSize((int) log.roundTrips());
    }

    @Test
    void aWaveHoldsOneTopicPerSymbol() {
        LogGenerator log = new LogGenerator(42, 60, 3_000);
        for (List<LogEvent> wave = log.nextWave(); !wave.isEmpty(); wave = log.nextWave()) {
            Map<String, String> topicBySymbol = new HashMap<>();
            for (LogEvent event : wave) {
                String topic = topicBySymbol.putIfAbsent(event.envelope().symbol(), event.topic().name());
                assertThat(topic == null || topic.equals(event.topic().name())).isTrue();
            }
        }
    }

    @Test
    void everyEventDecodesWithItsTopicsCodec() {
        LogGenerator log = new LogGenerator(42, 50, 1_000);
        while (log.hasNext()) {
            LogEvent event = log.next();
            assertThat(TopicCatalog.all()).contains(event.topic());
            assertThat(event.topic().codec().decode(event.encode())).isInstanceOf(DecodeResult.Valid.class);
        }
    }

    @Test
    void symbolNamesAreDistinctTickers() {
        assertThat(SymbolNames.of(200, 42)).hasSize(200).doesNotHaveDuplicates()
                .allMatch(name -> name.matches("[A-Z]{2,4}"));
    }

    private static List<String> eventIds(LogGenerator log) {
        List<String> ids = new ArrayList<>();
        log.forEachRemaining(event -> ids.add(event.envelope().eventId()));
        return ids;
    }
}
