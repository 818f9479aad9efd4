package com.tradesuite.scanner.act;

import static com.tradesuite.scanner.source.FakeSource.bar;
import static com.tradesuite.scanner.source.FakeSource.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.scanner.source.FakeSource;
import com.tradesuite.scanner.source.SourceBar;
import com.tradesuite.schemas.event.BarClosed;

class BarPollerTest {

    private final FakeSource source = new FakeSource();
    private final BarPoller poller = new BarPoller(List.of("AAPL", "MSFT"), Timeframe.ONE_MINUTE, source);
    private final RecordingSink sink = new RecordingSink();

    @Test
    void resumesAfterTheLastLoggedBarOfEachSymbol() {
        source.add(bar("AAPL", 1, "100"), bar("AAPL", 2, "101"), bar("AAPL", 3, "102"),
                bar("MSFT", 1, "200"), bar("MSFT", 2, "201"), bar("MSFT", 3, "202"));
        poller.done("AAPL", minute(2));
        poller.done("MSFT", minute(1));

        assertThat(poller.nextStarts()).containsExactly(Map.entry("AAPL", Optional.of(minute(3))),
                Map.entry("MSFT", Optional.of(minute(2))));
        poller.poll(sink);

        assertThat(sink.published).containsExactly("MSFT@" + minute(2), "AAPL@" + minute(3), "MSFT@" + minute(3));
    }

    @Test
    void aRepeatedOrOverlappingFetchPublishesNothingTwice() {
        source.add(bar("AAPL", 1, "100"), bar("AAPL", 2, "101"));
        poller.done("AAPL", minute(0));
        poller.done("MSFT", minute(0));

        assertThat(poller.poll(sink)).isEqualTo(2);
        assertThat(poller.poll(sink)).isZero();
        source.add(bar("AAPL", 3, "102"));
        assertThat(poller.poll(sink)).isEqualTo(1);

        assertThat(sink.published).containsExactly("AAPL@" + minute(1), "AAPL@" + minute(2), "AAPL@" + minute(3));
        assertThat(poller.nextStarts().get("AAPL")).contains(minute(4));
    }

    @Test
    void aSymbolWithoutHistoryIsWarmedUpByTheSourceThenResumesFromItsHint() {
        Instant hint = minute(10);
        source.hints = Map.of("MSFT", hint);
        source.add(bar("AAPL", 1, "100").asWarmUp());

        assertThat(poller.nextStarts()).containsEntry("AAPL", Optional.empty()).containsEntry("MSFT", Optional.empty());
        poller.poll(sink);

        assertThat(sink.warmUps).containsExactly("AAPL@" + minute(1));
        assertThat(poller.nextStarts()).containsEntry("AAPL", Optional.of(minute(2)))
                .containsEntry("MSFT", Optional.of(hint));
    }

    @Test
    void anInvalidBarIsDeadLetteredOnceWithItsReasonAndSkipped() {
        source.add(bar("AAPL", 1, "100", "99", "101", "100"), bar("AAPL", 2, "101"),
                bar("MSFT", 1, "0", "1", "0", "1"));
        poller.done("AAPL", minute(0));
        poller.done("MSFT", minute(0));

        poller.poll(sink);
        poller.poll(sink);

        assertThat(sink.invalid).containsExactly("AAPL@" + minute(1) + ": high 99 is below low 101",
                "MSFT@" + minute(1) + ": open must be positive, was 0");
        assertThat(sink.published).containsExactly("AAPL@" + minute(2));
    }

    @Test
    void aCloseOutsideTheRangeIsInvalid() {
        source.add(bar("AAPL", 1, "100", "101", "99", "102"));
        poller.done("AAPL", minute(0));

        poller.poll(sink);

        assertThat(sink.invalid).containsExactly("AAPL@" + minute(1) + ": close 102 is outside the range 99..101");
    }

    @Test
    void aBarTheSinkCouldNotWriteIsHandedAgainNextPoll() {
        source.add(bar("AAPL", 1, "100"), bar("AAPL", 2, "101"));
        poller.done("AAPL", minute(0));
        sink.failOn = "AAPL@" + minute(2);

        assertThatThrownBy(() -> poller.poll(sink)).hasMessageContaining("log down");
        sink.failOn = null;
        poller.poll(sink);

        assertThat(sink.published).containsExactly("AAPL@" + minute(1), "AAPL@" + minute(2));
    }

    @Test
    void resetForgetsWhereEachSymbolWas() {
        poller.done("AAPL", minute(5));
        poller.reset();

        assertThat(poller.nextStarts().get("AAPL")).isEmpty();
    }

    /** Records what the poller handed over, as "SYMBOL@start". */
    static final class RecordingSink implements BarSink {
        final List<String> published = new ArrayList<>();
        final List<String> warmUps = new ArrayList<>();
        final List<String> invalid = new ArrayList<>();
        String failOn;

        @Override
        public void bar(String symbol, BarClosed bar, boolean warmUp) {
            String id = symbol + "@" + bar.barStart();
            if (id.equals(failOn)) {
                throw new IllegalStateException("log down");
            }
            (warmUp ? warmUps : published).add(id);
        }

        @Override
        public void invalid(SourceBar bar, String reason) {
            invalid.add(bar.symbol() + "@" + bar.start() + ": " + reason);
        }
    }
}
