package com.tradesuite.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradesuite.domain.signal.MomentumReversalRule;
import com.tradesuite.domain.signal.MomentumReversalScanner;
import com.tradesuite.domain.signal.MomentumScanner;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.market.Bar;
import com.tradesuite.scanner.config.ScannerConfig;
import com.tradesuite.scanner.config.ScannerSetup;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitSignalled;
import com.tradesuite.schemas.event.MarketDataEvent;
import com.tradesuite.schemas.event.Regime;
import com.tradesuite.schemas.event.SignalEvent;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.StateEndpoint;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The scanner against the real paper exchange (HTTP bars API, manual clock) and the real embedded Kafka: the exchange's
 * bars reach {@code market-data} exactly once each, in order, after a warm-up, and every live breakout the domain
 * scanner finds in them is on {@code signals} once, with its deterministic id and the market regime measured on the
 * index symbol.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class ScannerIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final int LIVE_BARS = 60;

    @Inject
    ScannerConfig config;

    @Test
    void publishesEveryExchangeBarOnceInOrderAndSignalsLiveBreakoutsWithDeterministicIds() {
        PaperExchangeServer exchange = PaperExchangeTestResource.server();
        int warmUp = config.warmUpBars();
        List<String> symbols = ScannerSetup.symbols(config);
        try (TopicProbe<MarketDataEvent> marketData = new TopicProbe<>(TopicCatalog.MARKET_DATA);
             TopicProbe<SignalEvent> signals = new TopicProbe<>(TopicCatalog.SIGNALS)) {
            // Warm-up: the last bars of the exchange's history, before the session moved at all.
            await().atMost(DEADLINE).until(() -> symbols.stream()
                    .allMatch(symbol -> barsOf(marketData.poll(), symbol).size() >= warmUp));

            exchange.advanceBars(LIVE_BARS);

            await().atMost(DEADLINE).until(() -> symbols.stream().allMatch(symbol ->
                    lastStart(barsOf(marketData.poll(), symbol)).equals(exchangeBars(exchange, symbol)
                            .get(exchangeBars(exchange, symbol).size() - 1).start())));
            int total = marketData.poll().size();
            // Nothing more arrives while the exchange clock stands still: no bar is published twice.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                    .until(() -> marketData.poll().size(), equalTo(total));

            List<EventEnvelope<MarketDataEvent>> published = marketData.poll();
            JsonNode resumePoints = StateEndpoint.state().path("lastBarStartBySymbol");
            for (String symbol : symbols) {
                assertThat(resumePoints.path(symbol).asText()).as("GET /state resume point of %s", symbol)
                        .isEqualTo(lastStart(barsOf(published, symbol)).toString());
            }
            assertThat(published).extracting(EventEnvelope::eventId).doesNotHaveDuplicates();
            Set<String> expectedSignals = new HashSet<>();
            List<String> expectedExits = new ArrayList<>();
            for (String symbol : symbols) {
                List<EventEnvelope<BarClosed>> bars = barsOf(published, symbol);
                List<Bar> source = exchangeBars(exchange, symbol).stream()
                        .filter(bar -> !bar.start().isBefore(bars.get(0).payload().barStart())).toList();
                assertThat(bars).hasSize(warmUp + LIVE_BARS).hasSameSizeAs(source);
                for (int i = 0; i < bars.size(); i++) {
                    EventEnvelope<BarClosed> envelope = bars.get(i);
                    Bar expected = source.get(i);
                    assertThat(envelope.payload().barStart()).isEqualTo(expected.start());
                    assertThat(envelope.eventId()).isEqualTo("bar:" + symbol + ":" + expected.start());
                    assertThat(envelope.occurredAt()).isEqualTo(expected.end());
                    assertThat(envelope.payload().open()).isEqualByComparingTo(expected.open());
                    assertThat(envelope.payload().high()).isEqualByComparingTo(expected.high());
                    assertThat(envelope.payload().low()).isEqualByComparingTo(expected.low());
                    assertThat(envelope.payload().close()).isEqualByComparingTo(expected.close());
                    assertThat(envelope.payload().volume()).isEqualTo(expected.volume());
                }
                expectedSignals.addAll(liveSignalIds(bars, warmUp));
                expectedExits.addAll(liveExitSignalIds(bars, warmUp));
            }
            assertThat(expectedSignals).as("the sensitive test rule finds breakouts in %d bars", LIVE_BARS)
                    .isNotEmpty();

            assertThat(expectedExits).as("momentum reverses somewhere in %d bars", LIVE_BARS).isNotEmpty();

            await().atMost(DEADLINE).until(() -> signalIds(signals.poll()).containsAll(expectedSignals)
                    && exitSignalIds(signals.poll()).containsAll(expectedExits));
            List<EventEnvelope<SignalEvent>> written = signals.poll();
            assertThat(signalIds(written)).containsExactlyInAnyOrderElementsOf(expectedSignals);
            // One exit signal per reversal: exactly the domain rule's, none twice.
            assertThat(exitSignalIds(written)).containsExactlyInAnyOrderElementsOf(expectedExits);
            for (EventEnvelope<SignalEvent> signal : written) {
                if (signal.payload() instanceof ExitSignalled exit) {
                    assertThat(signal.eventId()).isEqualTo("signal:" + exit.signalId());
                    assertThat(exit.strategy()).isEqualTo(MomentumReversalRule.STRATEGY);
                    continue;
                }
                EntrySignalled entry = (EntrySignalled) signal.payload();
                assertThat(signal.eventId()).isEqualTo("signal:" + entry.signalId());
                assertThat(signal.correlationId()).isEqualTo(entry.signalId());
                assertThat(entry.signalId()).isEqualTo(EntrySignalled.signalIdFor(config.momentum().strategy(),
                        signal.symbol(), entry.barTime()));
            }
            assertSignalsCarryTheIndexRegime(published, written);
        }
    }

    /**
     * Every entry signal carries the regime the domain scanner measures over the same bars in the order the scanner handled
     * them (bar time, then symbol); after the warm-up the index (SPY) has enough bars, so it is the index's.
     */
    private void assertSignalsCarryTheIndexRegime(List<EventEnvelope<MarketDataEvent>> published,
                                                  List<EventEnvelope<SignalEvent>> written) {
        MomentumScanner oracle = new MomentumScanner(ScannerSetup.momentum(config), ScannerSetup.regime(config));
        Map<String, Regime> expected = new HashMap<>();
        published.stream().filter(event -> event.payload() instanceof BarClosed)
                .sorted(Comparator.comparing((EventEnvelope<MarketDataEvent> event) ->
                        ((BarClosed) event.payload()).barStart()).thenComparing(EventEnvelope::symbol))
                .forEach(event -> oracle.onEvent(event)
                        .ifPresent(signal -> expected.put(signal.signalId(), signal.regime())));
        assertThat(oracle.regimeFor("AAPL")).hasValueSatisfying(reading ->
                assertThat(reading.symbol()).isEqualTo(ScannerSetup.regime(config).indexSymbol()));
        List<EntrySignalled> entries = written.stream().map(EventEnvelope::payload)
                .filter(EntrySignalled.class::isInstance).map(EntrySignalled.class::cast).toList();
        assertThat(entries).isNotEmpty();
        for (EntrySignalled entry : entries) {
            assertThat(entry.regime()).as("regime of %s", entry.signalId()).isEqualTo(expected.get(entry.signalId()));
        }
    }

    /** What the domain scanner signals over the published bars, without the warm-up bars (history). */
    private List<String> liveSignalIds(List<EventEnvelope<BarClosed>> bars, int warmUp) {
        MomentumScanner scanner = new MomentumScanner(ScannerSetup.momentum(config));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            boolean live = i >= warmUp;
            scanner.onEvent(bars.get(i)).filter(signal -> live).ifPresent(signal -> ids.add(signal.signalId()));
        }
        return ids;
    }

    /** What the domain reversal rule signals over the published bars, without the warm-up bars. */
    private List<String> liveExitSignalIds(List<EventEnvelope<BarClosed>> bars, int warmUp) {
        MomentumReversalScanner scanner = new MomentumReversalScanner(ScannerSetup.exitSignals(config).orElseThrow());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            boolean live = i >= warmUp;
            scanner.onEvent(bars.get(i)).filter(signal -> live).ifPresent(signal -> ids.add(signal.signalId()));
        }
        return ids;
    }

    private static List<String> signalIds(List<EventEnvelope<SignalEvent>> signals) {
        return signals.stream().filter(signal -> signal.payload() instanceof EntrySignalled)
                .map(signal -> ((EntrySignalled) signal.payload()).signalId()).toList();
    }

    private static List<String> exitSignalIds(List<EventEnvelope<SignalEvent>> signals) {
        return signals.stream().filter(signal -> signal.payload() instanceof ExitSignalled)
                .map(signal -> ((ExitSignalled) signal.payload()).signalId()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<EventEnvelope<BarClosed>> barsOf(List<EventEnvelope<MarketDataEvent>> events, String symbol) {
        return events.stream().filter(event -> event.symbol().equals(symbol))
                .filter(event -> event.payload() instanceof BarClosed)
                .map(event -> (EventEnvelope<BarClosed>) (EventEnvelope<?>) event).toList();
    }

    private static Instant lastStart(List<EventEnvelope<BarClosed>> bars) {
        return bars.isEmpty() ? Instant.EPOCH : bars.get(bars.size() - 1).payload().barStart();
    }

    private static List<Bar> exchangeBars(PaperExchangeServer exchange, String symbol) {
        return exchange.engine().bars(symbol, Instant.EPOCH, exchange.now()).stream()
                .filter(bar -> !bar.end().isAfter(exchange.now())).toList();
    }
}
