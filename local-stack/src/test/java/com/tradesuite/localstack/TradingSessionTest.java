package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.localstack.pacing.ClockPacer;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;

/** What a session plays, on the real exchange replaying the two-day file, with a pacer that never waits. */
class TradingSessionTest {

    private static final Path BARS = Path.of("src/test/resources/bars/two-days.csv").toAbsolutePath();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8);

    @Test
    void givenBarFilesAndNoSession_whenPlayed_thenBothTradingDaysArePlayedAndTheNightIsSkipped() {
        try (PaperExchangeServer exchange = exchangeOn(BARS)) {
            MinuteSteps steps = new MinuteSteps();

            Instant ended = new TradingSession(exchange, steps).play(plan(), out);

            assertThat(ended).isEqualTo(newYork(CsvSessionBars.DAY_TWO, CsvSessionBars.DAY_TWO_UNTIL));
            assertThat(steps.stepped).as("12:30-16:00 and 09:30-11:00, minute by minute").hasSize(210 + 90);
            assertThat(steps.stepped).doesNotContain(newYork(CsvSessionBars.DAY_ONE, LocalTime.of(16, 0)));
            assertThat(progress.toString(StandardCharsets.UTF_8))
                    .contains("2026-11-19 16:00 ET  closed until 2026-11-20 09:30 ET, skipped");
        }
    }

    @Test
    void givenBarFilesAndASession_whenPlayed_thenItStopsAfterThatMuchTradingTimeNotCountingTheNight() {
        try (PaperExchangeServer exchange = exchangeOn(BARS)) {
            MinuteSteps steps = new MinuteSteps();

            Instant ended = new TradingSession(exchange, steps).play(plan("--session", "4h"), out);

            assertThat(ended).as("3.5 h on day one, the other half hour on day two")
                    .isEqualTo(newYork(CsvSessionBars.DAY_TWO, LocalTime.of(10, 0)));
            assertThat(steps.stepped).hasSize(240);
        }
    }

    @Test
    void givenSeededPrices_whenPlayed_thenTheSessionLengthOfSimulatedTimeIsPlayed() {
        try (PaperExchangeServer exchange = PaperExchangeServer.start(PaperExchangeConfig.builder().build())) {
            Instant started = exchange.now();
            MinuteSteps steps = new MinuteSteps();

            Instant ended = new TradingSession(exchange, steps).play(SessionPlan.seeded(Duration.ofMinutes(90)), out);

            assertThat(ended).isEqualTo(started.plus(Duration.ofMinutes(90)));
            assertThat(steps.stepped).hasSize(90);
        }
    }

    private static SessionPlan plan(String... more) {
        List<String> args = new ArrayList<>(List.of("--csv", BARS.toString()));
        args.addAll(List.of(more));
        return SessionPlan.of(LocalStackOptions.parse(args));
    }

    private static Instant newYork(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(NEW_YORK).toInstant();
    }

    private static PaperExchangeServer exchangeOn(Path bars) {
        return PaperExchangeServer.start(PaperExchangeConfig.builder().csvFile(bars).build());
    }

    /** Moves the clock a minute per step at once, noting where each step started. */
    private static final class MinuteSteps implements ClockPacer {

        private final List<Instant> stepped = new ArrayList<>();

        @Override
        public void step(PaperExchangeServer exchange, Duration remaining) {
            stepped.add(exchange.now());
            exchange.advance(remaining.compareTo(Duration.ofMinutes(1)) < 0 ? remaining : Duration.ofMinutes(1));
        }
    }
}
