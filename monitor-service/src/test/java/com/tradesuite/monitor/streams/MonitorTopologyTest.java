package com.tradesuite.monitor.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradesuite.domain.protection.ProtectionSummary;
import com.tradesuite.domain.report.ProtectionBoard;
import com.tradesuite.domain.report.ReportAggregate;
import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.domain.report.TradeReport;
import com.tradesuite.monitor.HandMadeLedger;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.kafka.TopicSerdes;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/** The topology's wiring without a broker: events in, the stores hold what the domain aggregates say. */
class MonitorTopologyTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 20);
    private static final LocalDate DAY_TWO = LocalDate.of(2026, 11, 23);

    private TopologyTestDriver driver;
    private final List<EventEnvelope<?>> published = new ArrayList<>();

    @BeforeEach
    void startDriver() throws Exception {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "monitor-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(Files.createDirectories(Path.of("target")), "monitor-topology-test").toString());
        driver = new TopologyTestDriver(MonitorTopology.build(), props);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void givenTwoTradingDaysWhenFoldedThenTheAccountStoreGivesTheFoldsReport() {
        HandMadeLedger dayOne = HandMadeLedger.tagged("");
        HandMadeLedger dayTwo = dayOne.daysLater(3);
        publishDay(dayOne);
        publishDay(dayTwo);

        ReportAggregate history = this.<ReportAggregate>store(ReportStores.ACCOUNT_TOTAL).get(ReportStores.ACCOUNT);
        KeyValueStore<String, ReportAggregate> days = store(ReportStores.ACCOUNT_DAYS);
        List<ReportAggregate> daysInOrder = List.of(days.get(DAY_ONE.toString()), days.get(DAY_TWO.toString()));
        SameReport.assertSame(TradeReport.of(history, daysInOrder), TradeReport.of(TradeLedger.of(published)));
        assertThat(history.events()).isEqualTo(published.size());
        assertThat(TradeReport.of(history).total().trades()).isEqualTo(8);
    }

    @Test
    void givenTwoTradingDaysWhenFoldedThenEachDayAndEachSymbolDayHoldsItsOwnTrades() {
        publishDay(HandMadeLedger.tagged(""));
        publishDay(HandMadeLedger.tagged("").daysLater(3));

        KeyValueStore<String, ReportAggregate> accountDays = store(ReportStores.ACCOUNT_DAYS);
        for (LocalDate day : List.of(DAY_ONE, DAY_TWO)) {
            TradeReport report = TradeReport.of(accountDays.get(day.toString()));
            assertThat(report.total().trades()).as("trades on %s", day).isEqualTo(4);
            assertThat(report.total().netPnl()).as("net on %s", day).isEqualByComparingTo("60");
            assertThat(report.maxDrawdown()).as("drawdown on %s", day).isEqualByComparingTo("80");
        }
        KeyValueStore<String, ReportAggregate> symbolDays = store(ReportStores.SYMBOL_DAYS);
        TradeReport aaplDayTwo = TradeReport.of(symbolDays.get(ReportStores.symbolDay("AAPL", DAY_TWO)));
        assertThat(aaplDayTwo.bySymbol()).containsOnlyKeys("AAPL");
        assertThat(aaplDayTwo.total().netPnl()).isEqualByComparingTo("10");
    }

    @Test
    void givenOpenPositionsWhenFoldedThenTheProtectionBoardCountsThemAsTheFoldDoes() {
        publishDay(HandMadeLedger.tagged(""));

        ProtectionBoard board = this.<ProtectionBoard>store(ReportStores.ACCOUNT_PROTECTION)
                .get(ReportStores.ACCOUNT);
        assertThat(board.summary()).isEqualTo(new ProtectionSummary(1, 1, 0));
        assertThat(board.bySymbol()).containsOnlyKeys("NVDA", "TSLA");
    }

    private void publishDay(HandMadeLedger day) {
        publish(TopicCatalog.ORDERS, day.orderEvents());
        publish(TopicCatalog.FILLS, day.fillEvents());
        publish(TopicCatalog.EXIT_SOURCE, day.exitEvents());
    }

    private <E extends Event> void publish(Topic<E> topic, List<EventEnvelope<E>> events) {
        TestInputTopic<String, EventEnvelope<E>> input = driver.createInputTopic(topic.name(),
                new StringSerializer(), TopicSerdes.valueSerializer(topic));
        events.forEach(event -> input.pipeInput(event.symbol(), event));
        published.addAll(events);
    }

    private <T> KeyValueStore<String, T> store(String name) {
        return driver.getKeyValueStore(name);
    }
}
