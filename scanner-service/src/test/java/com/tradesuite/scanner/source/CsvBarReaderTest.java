package com.tradesuite.scanner.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvBarReaderTest {

    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");

    @Test
    void readsRowsWithAnOptionalHeaderAndSkipsBlankAndCommentLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bars.csv");
        Files.writeString(file, """
                symbol,timestamp,open,high,low,close,volume
                # a comment
                aapl,2026-11-20T14:30:00Z,100.10,101.00,99.50,100.80,12000

                MSFT,2026-11-20T09:31:00-05:00,200,201,199,200.5,300.0
                """);

        List<SourceBar> bars = CsvBarReader.read(file);

        assertThat(bars).hasSize(2);
        SourceBar aapl = bars.get(0);
        assertThat(aapl.symbol()).isEqualTo("AAPL");
        assertThat(aapl.start()).isEqualTo(T0);
        assertThat(aapl.open()).isEqualByComparingTo("100.10");
        assertThat(aapl.high()).isEqualByComparingTo("101.00");
        assertThat(aapl.low()).isEqualByComparingTo("99.50");
        assertThat(aapl.close()).isEqualByComparingTo("100.80");
        assertThat(aapl.volume()).isEqualTo(12000);
        assertThat(aapl.position()).isEqualTo(3);
        assertThat(aapl.raw()).isEqualTo("aapl,2026-11-20T14:30:00Z,100.10,101.00,99.50,100.80,12000");
        assertThat(aapl.problem()).isNull();
        assertThat(bars.get(1).start()).isEqualTo(T0.plusSeconds(60));
        assertThat(bars.get(1).volume()).isEqualTo(300);
    }

    @Test
    void aLineItCannotReadBecomesAnUnreadableBarWithTheReason() {
        List<SourceBar> bars = CsvBarReader.parse(List.of(
                "AAPL,2026-11-20T14:30:00Z,100,101,99",
                "AAPL,yesterday,100,101,99,100,10",
                "AAPL,2026-11-20T14:30:00Z,abc,101,99,100,10",
                ",2026-11-20T14:30:00Z,100,101,99,100,10"));

        assertThat(bars).extracting(SourceBar::problem).containsExactly(
                "line 1 has 5 columns, expected 7 (symbol,timestamp,open,high,low,close,volume)",
                "line 2: timestamp 'yesterday' is not an ISO-8601 instant",
                "line 3: a price or the volume is not a number",
                "line 4 has no symbol");
        assertThat(bars).extracting(SourceBar::start).containsOnlyNulls();
        assertThat(bars.get(1).raw()).isEqualTo("AAPL,yesterday,100,101,99,100,10");
    }

    @Test
    void pricesAreNotJudgedByTheReader() {
        SourceBar bar = CsvBarReader.parse(List.of("AAPL,2026-11-20T14:30:00Z,100,99,101,-1,10")).get(0);

        assertThat(bar.problem()).isNull();
        assertThat(bar.close()).isEqualByComparingTo("-1");
    }

    @Test
    void theReplayPlaysOneBarTimePerFetchAfterEachSymbolsNextStart() {
        CsvBarSource source = new CsvBarSource("csv:bars.csv", CsvBarReader.parse(List.of(
                "MSFT,2026-11-20T14:31:00Z,200,201,199,200,10",
                "AAPL,2026-11-20T14:30:00Z,100,101,99,100,10",
                "AAPL,2026-11-20T14:31:00Z,100,101,99,100,10",
                "TSLA,2026-11-20T14:30:00Z,300,301,299,300,10",
                "broken line")));

        BarFetch first = source.fetch(Map.of("AAPL", Optional.empty(), "MSFT", Optional.empty()));
        BarFetch second = source.fetch(Map.of("AAPL", Optional.of(T0.plusSeconds(60)),
                "MSFT", Optional.empty()));
        BarFetch done = source.fetch(Map.of("AAPL", Optional.of(T0.plusSeconds(120)),
                "MSFT", Optional.of(T0.plusSeconds(120))));

        assertThat(first.bars()).extracting(SourceBar::symbol).containsExactly("BROKEN LINE",
                "AAPL");
        assertThat(first.bars().get(0).problem()).contains("has 1 columns");
        assertThat(second.bars()).extracting(bar -> bar.symbol() + "@" + bar.start())
                .containsExactly("AAPL@" + T0.plusSeconds(60), "MSFT@" + T0.plusSeconds(60));
        assertThat(done.bars()).isEmpty();
    }
}
