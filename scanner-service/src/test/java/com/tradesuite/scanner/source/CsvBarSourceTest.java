package com.tradesuite.scanner.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradesuite.bars.BarFileFormat;
import com.tradesuite.bars.BarFileReader;

class CsvBarSourceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T14:30:00Z");

    @Test
    void givenFilesReadByTheBarFileReader_whenFetched_thenOneBarTimePlaysPerFetchAfterEachSymbolsNextStart(
            @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bars.csv"), """
                symbol,timestamp,open,high,low,close,volume
                MSFT,2026-11-20T14:31:00Z,200,201,199,200,10
                AAPL,2026-11-20 09:30:00,100,101,99,100,10.0
                AAPL,2026-11-20T14:31:00Z,100,101,99,100,10
                TSLA,2026-11-20T14:30:00Z,300,301,299,300,10
                TSLA,2026-11-20T14:32:00Z,300,301,299,oops,10
                """);
        CsvBarSource source = CsvBarSource.of(BarFileReader.read(dir,
                BarFileFormat.defaults().withSkipBadRows(true)));

        BarFetch first = source.fetch(Map.of("AAPL", Optional.empty(), "MSFT", Optional.empty()));
        BarFetch second = source.fetch(Map.of("AAPL", Optional.of(T0.plusSeconds(60)), "MSFT", Optional.empty()));
        BarFetch done = source.fetch(Map.of("AAPL", Optional.of(T0.plusSeconds(120)),
                "MSFT", Optional.of(T0.plusSeconds(120))));

        assertThat(source.name()).isEqualTo("csv:bars.csv");
        assertThat(first.bars()).extracting(bar -> bar.symbol() + "@" + bar.start())
                .containsExactly("@null", "AAPL@" + T0);
        assertThat(first.bars().get(0).problem()).contains("bars.csv:6: close 'oops' is not a number");
        assertThat(first.bars().get(0).raw()).isEqualTo("TSLA,2026-11-20T14:32:00Z,300,301,299,oops,10");
        assertThat(first.bars().get(1).position()).isEqualTo(3);
        assertThat(second.bars()).extracting(bar -> bar.symbol() + "@" + bar.start())
                .containsExactly("AAPL@" + T0.plusSeconds(60), "MSFT@" + T0.plusSeconds(60));
        assertThat(done.bars()).isEmpty();
    }
}
