package com.tradesuite.scanner.act;

import static com.tradesuite.scanner.source.FakeSource.bar;
import static com.tradesuite.scanner.source.FakeSource.minute;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.regime.RegimeSettings;
import com.tradesuite.domain.signal.MomentumReversalRule;
import com.tradesuite.domain.signal.MomentumScanner;
import com.tradesuite.domain.signal.MomentumSettings;
import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.scanner.decide.BarCheck;
import com.tradesuite.scanner.decide.ScannerEvents;
import com.tradesuite.scanner.source.FakeSource;
import com.tradesuite.scanner.source.SourceBar;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventDeadLettered;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.Regime;
import com.tradesuite.schemas.event.ExitSignalled;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.log.LoggedEvent;

class ScannerEngineTest {

    private static final MomentumSettings MOMENTUM = new MomentumSettings("momo", "1Min", 3, 3, 2,
            new BigDecimal("0.5"), new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("4"));
    /** Flat for six bars, then an accelerating climb: a breakout with rising momentum. */
    private static final List<String> CLOSES = List.of("100", "100", "100", "100", "100", "100", "101", "102.5",
            "104.5", "107", "110");

    private final FakeSource source = new FakeSource();
    private final Recorder output = new Recorder();
    private final ScannerEngine engine = new ScannerEngine(List.of("AAPL"), MOMENTUM, Timeframe.ONE_MINUTE, source,
            output, "scanner-service", Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void publishesEachNewBarOnceAtItsEndWithTheDeterministicId() {
        engine.onReplayCompleted();
        source.add(bar("AAPL", 1, "100"), bar("AAPL", 2, "101"));

        engine.poll();
        engine.poll();

        assertThat(output.bars).extracting(EventEnvelope::eventId)
                .containsExactly("bar:AAPL:" + minute(1), "bar:AAPL:" + minute(2));
        assertThat(output.bars.get(0).occurredAt()).isEqualTo(minute(2));
        assertThat(output.bars.get(0).symbol()).isEqualTo("AAPL");
        assertThat(output.bars.get(0).payload().close()).isEqualByComparingTo("100");
    }

    @Test
    void signalsALiveBreakoutExactlyAsTheDomainScannerDoes() {
        engine.onReplayCompleted();
        for (int i = 0; i < CLOSES.size(); i++) {
            source.add(bar("AAPL", i, CLOSES.get(i)));
        }

        engine.poll();

        List<EntrySignalled> expected = domainSignals(output.bars);
        assertThat(expected).isNotEmpty();
        assertThat(output.signals).extracting(EventEnvelope::payload).containsExactlyElementsOf(expected);
        EventEnvelope<EntrySignalled> first = output.signals.get(0);
        String signalId = "momo:AAPL:" + first.payload().barTime();
        assertThat(first.payload().signalId()).isEqualTo(signalId);
        assertThat(first.eventId()).isEqualTo("signal:" + signalId);
        assertThat(first.correlationId()).isEqualTo(signalId);
        assertThat(first.causationId()).isEqualTo("bar:AAPL:" + first.payload().barTime());
        assertThat(first.occurredAt()).isEqualTo(first.payload().barTime().plusSeconds(60));
    }

    @Test
    void givenARangingIndex_whenASymbolBreaksOut_thenItsSignalCarriesTheIndexsChoppyRegime() {
        RegimeSettings regime = new RegimeSettings("SPY", 4, 0.3, 3, 25);
        ScannerEngine withIndex = new ScannerEngine(List.of("AAPL", "SPY"), MOMENTUM, regime, Timeframe.ONE_MINUTE,
                source, output, "scanner-service", Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC));
        withIndex.onReplayCompleted();
        for (int i = 0; i < CLOSES.size(); i++) {
            source.add(bar("AAPL", i, CLOSES.get(i)), bar("SPY", i, i % 2 == 0 ? "400" : "400.5"));
        }

        withIndex.poll();

        assertThat(output.signals).isNotEmpty().allSatisfy(signal -> assertThat(signal.payload().regime())
                .isEqualTo(Regime.CHOPPY));
    }

    @Test
    void givenNoIndexInTheFeed_whenASymbolBreaksOut_thenItsSignalCarriesItsOwnRegime() {
        RegimeSettings regime = new RegimeSettings("SPY", 4, 0.3, 3, 25);
        ScannerEngine ownOnly = new ScannerEngine(List.of("AAPL"), MOMENTUM, regime, Timeframe.ONE_MINUTE, source,
                output, "scanner-service", Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC));
        ownOnly.onReplayCompleted();
        for (int i = 0; i < CLOSES.size(); i++) {
            source.add(bar("AAPL", i, CLOSES.get(i)));
        }

        ownOnly.poll();

        // AAPL's own climb: efficiency near 1 at the breakout, so NORMAL (the index would have said CHOPPY above)
        assertThat(output.signals).isNotEmpty().allSatisfy(signal -> assertThat(signal.payload().regime())
                .isEqualTo(Regime.NORMAL));
        assertThat(output.signals).extracting(EventEnvelope::payload)
                .containsExactlyElementsOf(domainSignals(output.bars, regime));
    }

    @Test
    void replayedBarsWarmTheIndicatorsAndSetTheResumePointButNeverSignal() {
        List<EventEnvelope<BarClosed>> history = new ArrayList<>();
        for (int i = 0; i < CLOSES.size(); i++) {
            history.add(ScannerEvents.bar("AAPL", BarCheck.valid(bar("AAPL", i, CLOSES.get(i)), "1Min").orElseThrow(),
                    Duration.ofMinutes(1), "scanner-service"));
        }
        history.forEach(envelope -> engine.onEvent(new LoggedEvent("market-data", 0, 0, 0, envelope, true)));
        engine.onReplayCompleted();
        history.forEach(envelope -> source.add(bar("AAPL", minuteOf(envelope), envelope.payload().close()
                .toPlainString())));
        source.add(bar("AAPL", CLOSES.size(), "114"));

        engine.poll();

        assertThat(domainSignals(history)).isNotEmpty(); // the history had signals, none of them is written
        assertThat(output.bars).extracting(EventEnvelope::eventId).containsExactly("bar:AAPL:" + minute(CLOSES.size()));
        List<EventEnvelope<BarClosed>> all = new ArrayList<>(history);
        all.addAll(output.bars);
        List<EntrySignalled> expected = domainSignals(all).stream()
                .filter(signal -> signal.barTime().equals(minute(CLOSES.size()))).toList();
        assertThat(output.signals).extracting(EventEnvelope::payload).containsExactlyElementsOf(expected);
        assertThat(engine.lastBarStart("AAPL")).contains(minute(CLOSES.size()));
    }

    @Test
    void warmUpBarsArePublishedButNeverSignal() {
        engine.onReplayCompleted();
        for (int i = 0; i < CLOSES.size(); i++) {
            source.add(bar("AAPL", i, CLOSES.get(i)).asWarmUp());
        }

        engine.poll();

        assertThat(output.bars).hasSize(CLOSES.size());
        assertThat(domainSignals(output.bars)).isNotEmpty();
        assertThat(output.signals).isEmpty();
    }

    @Test
    void nothingIsPolledBeforeTheLogIsReplayedOrAfterAStateReset() {
        source.add(bar("AAPL", 1, "100"));

        assertThat(engine.poll()).isZero();
        engine.onReplayCompleted();
        engine.onStateReset();
        assertThat(engine.poll()).isZero();
        assertThat(source.requests).isEmpty();
    }

    @Test
    void anInvalidBarGoesToDeadLetterWithTheReasonAndTheOriginalText() {
        engine.onReplayCompleted();
        SourceBar bad = bar("AAPL", 3, "100", "99", "101", "100");
        source.add(bad);

        engine.poll();

        assertThat(output.bars).isEmpty();
        EventEnvelope<EventDeadLettered> letter = output.deadLetters.get(0);
        assertThat(letter.eventId()).isEqualTo("dlq:fake:AAPL:" + minute(3));
        assertThat(letter.symbol()).isEqualTo("AAPL");
        assertThat(letter.payload().originalTopic()).isEqualTo("fake");
        assertThat(letter.payload().errorKind()).isEqualTo("INVALID_PAYLOAD");
        assertThat(letter.payload().reason()).isEqualTo("high 99 is below low 101");
        assertThat(new String(Base64.getDecoder().decode(letter.payload().originalValueBase64()),
                StandardCharsets.UTF_8)).isEqualTo(bad.raw());
    }

    @Test
    void aSignalTheLogRefusedIsRetriedBeforeTheNextPoll() {
        engine.onReplayCompleted();
        for (int i = 0; i < CLOSES.size(); i++) {
            source.add(bar("AAPL", i, CLOSES.get(i)));
        }
        output.refuseSignals = true;

        engine.poll();
        assertThat(output.signals).isEmpty();
        output.refuseSignals = false;
        engine.poll();

        assertThat(output.signals).extracting(EventEnvelope::payload)
                .containsExactlyElementsOf(domainSignals(output.bars));
        assertThat(output.bars).hasSize(CLOSES.size());
    }

    @Test
    void givenExitSignalsOn_whenMomentumReversesOnLiveBars_thenOneExitSignalIsPublishedPerReversal() {
        ScannerEngine withExits = new ScannerEngine(List.of("AAPL"), MOMENTUM,
                Optional.of(new MomentumReversalRule.Settings(3, 2)), Timeframe.ONE_MINUTE, source, output,
                "scanner-service", Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC));
        withExits.onReplayCompleted();
        List<String> closes = List.of("100", "101", "102", "103", "104", "101.5", "100", "99");
        for (int i = 0; i < closes.size(); i++) {
            source.add(bar("AAPL", i, closes.get(i)));
        }

        withExits.poll();

        assertThat(output.exits).hasSize(1);
        EventEnvelope<ExitSignalled> exit = output.exits.get(0);
        assertThat(exit.payload().signalId()).isEqualTo("momentum-exit:AAPL:" + minute(5));
        assertThat(exit.eventId()).isEqualTo("signal:momentum-exit:AAPL:" + minute(5));
        assertThat(exit.correlationId()).isEqualTo(exit.payload().signalId());
        assertThat(exit.causationId()).isEqualTo("bar:AAPL:" + minute(5));
        assertThat(exit.occurredAt()).isEqualTo(minute(6));
    }

    @Test
    void givenExitSignalsOff_whenMomentumReverses_thenNoExitSignal() {
        engine.onReplayCompleted();
        List<String> closes = List.of("100", "101", "102", "103", "104", "101.5", "100", "99");
        for (int i = 0; i < closes.size(); i++) {
            source.add(bar("AAPL", i, closes.get(i)));
        }

        engine.poll();

        assertThat(output.exits).isEmpty();
    }

    private static int minuteOf(EventEnvelope<BarClosed> envelope) {
        return (int) Duration.between(FakeSource.T0, envelope.payload().barStart()).toMinutes();
    }

    private static List<EntrySignalled> domainSignals(List<EventEnvelope<BarClosed>> bars) {
        return domainSignals(bars, RegimeSettings.defaults());
    }

    private static List<EntrySignalled> domainSignals(List<EventEnvelope<BarClosed>> bars, RegimeSettings regime) {
        MomentumScanner scanner = new MomentumScanner(MOMENTUM, regime);
        List<EntrySignalled> signals = new ArrayList<>();
        bars.forEach(envelope -> scanner.onEvent(envelope).ifPresent(signals::add));
        return signals;
    }

    /** Captures what the engine appends, by topic. */
    static final class Recorder implements EventLog {
        final List<EventEnvelope<BarClosed>> bars = new ArrayList<>();
        final List<EventEnvelope<EntrySignalled>> signals = new ArrayList<>();
        final List<EventEnvelope<ExitSignalled>> exits = new ArrayList<>();
        final List<EventEnvelope<EventDeadLettered>> deadLetters = new ArrayList<>();
        boolean refuseSignals;

        @Override
        @SuppressWarnings("unchecked")
        public <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope) {
            if (topic.equals(TopicCatalog.MARKET_DATA)) {
                bars.add((EventEnvelope<BarClosed>) envelope);
            } else if (topic.equals(TopicCatalog.SIGNALS)) {
                if (refuseSignals) {
                    throw new IllegalStateException("signals topic unavailable");
                }
                if (envelope.payload() instanceof ExitSignalled) {
                    exits.add((EventEnvelope<ExitSignalled>) envelope);
                } else {
                    signals.add((EventEnvelope<EntrySignalled>) envelope);
                }
            } else if (topic.equals(TopicCatalog.DEAD_LETTER)) {
                deadLetters.add((EventEnvelope<EventDeadLettered>) envelope);
            } else {
                throw new IllegalArgumentException("the scanner never writes " + topic.name());
            }
        }
    }
}
