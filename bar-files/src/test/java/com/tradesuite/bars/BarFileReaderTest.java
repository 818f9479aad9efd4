package com.tradesuite.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void givenAHeaderAndInterleavedSymbols_whenRead_thenBarsAreSortedByTimeThenSymbol() throws IOException {
        Path file = write("bars.csv", """
                symbol,timestamp,open,high,low,close,volume
                SPY,2026-11-20T14:31:00Z,600.10,600.50,600.00,600.40,1200
                AAPL,2026-11-20T14:30:00Z,228.1234,228.50,228.00,228.4567,900.0
                SPY,2026-11-20T14:30:00Z,600.00,600.20,599.90,600.10,1500
                """);

        BarFiles files = BarFileReader.read(file, BarFileFormat.defaults());

        assertThat(files.bars()).extracting(FileBar::symbol).containsExactly("AAPL", "SPY", "SPY");
        assertThat(files.symbols()).containsExactly("AAPL", "SPY");
        FileBar aapl = files.bars().get(0);
        assertThat(aapl.open()).isEqualByComparingTo("228.1234");
        assertThat(aapl.close()).isEqualByComparingTo("228.4567");
        assertThat(aapl.volume()).isEqualTo(900);
        assertThat(aapl.line()).isEqualTo(3);
    }

    @Test
    void givenNoHeader_whenRead_thenSevenColumnsAreSymbolTimestampOhlcv() throws IOException {
        Path file = write("bars.csv", "AAPL,2026-11-20T09:30:00-05:00,1,2,0.5,1.5,10\n");

        FileBar bar = BarFileReader.read(file, BarFileFormat.defaults()).bars().get(0);

        assertThat(bar.start()).isEqualTo(Instant.parse("2026-11-20T14:30:00Z"));
    }

    @Test
    void givenLocalTimestamps_whenRead_thenTheyAreNewYorkTimeUnlessAnotherZoneIsConfigured() throws IOException {
        Path file = write("bars.csv", "AAPL,2026-11-20 09:30:00,1,2,0.5,1.5,10\nAAPL,2026-07-01 09:30,1,2,0.5,1.5,10\n");

        List<FileBar> newYork = BarFileReader.read(file, BarFileFormat.defaults()).bars();
        List<FileBar> utc = BarFileReader.read(file, BarFileFormat.defaults().withZone(ZoneId.of("UTC"))).bars();

        assertThat(newYork).extracting(FileBar::start).containsExactly(Instant.parse("2026-07-01T13:30:00Z"),
                Instant.parse("2026-11-20T14:30:00Z"));
        assertThat(utc).extracting(FileBar::start).containsExactly(Instant.parse("2026-07-01T09:30:00Z"),
                Instant.parse("2026-11-20T09:30:00Z"));
    }

    @Test
    void givenOneFilePerSymbolInADirectory_whenRead_thenTheSymbolComesFromTheFileName() throws IOException {
        write("AAPL.csv", "timestamp,open,high,low,close,volume,vwap\n2026-11-20T14:30:00Z,1,2,0.5,1.5,10,1.2\n");
        write("msft_1min.csv", "2026-11-20T14:30:00Z,3,4,2.5,3.5,10\n");
        write("notes.txt", "not a bar file");

        BarFiles files = BarFileReader.read(dir, BarFileFormat.defaults());

        assertThat(files.symbols()).containsExactly("AAPL", "MSFT");
    }

    @Test
    void givenAlpacaStyleShortNamesAndEpochTimes_whenRead_thenTheyAreUnderstood() throws IOException {
        Path file = write("SPY.csv", "t,o,h,l,c,v\n1795188600,1,2,0.5,1.5,10\n1795188660000,1,2,0.5,1.5,10\n");

        List<FileBar> bars = BarFileReader.read(file, BarFileFormat.defaults()).bars();

        assertThat(bars).extracting(FileBar::start).containsExactly(Instant.ofEpochSecond(1795188600L),
                Instant.ofEpochSecond(1795188660L));
    }

    @Test
    void givenSeparateDateAndTimeColumns_whenRead_thenTheyAreJoined() throws IOException {
        Path file = write("QQQ.csv", "Date,Time,Open,High,Low,Close,Volume\n2026-11-20,09:31,1,2,0.5,1.5,10\n");

        FileBar bar = BarFileReader.read(file, BarFileFormat.defaults()).bars().get(0);

        assertThat(bar.start()).isEqualTo(Instant.parse("2026-11-20T14:31:00Z"));
    }

    @Test
    void givenABadRow_whenRead_thenTheReadStopsNamingFileAndLine() throws IOException {
        Path file = write("bars.csv", "AAPL,2026-11-20T14:30:00Z,1,2,0.5,1.5,10\nAAPL,yesterday,1,2,0.5,1.5,10\n");

        assertThatThrownBy(() -> BarFileReader.read(file, BarFileFormat.defaults()))
                .isInstanceOf(BadBarRow.class)
                .hasMessageStartingWith(file + ":2: timestamp 'yesterday' is not an ISO instant")
                .hasMessageContaining("(row: AAPL,yesterday,1,2,0.5,1.5,10)");
    }

    @Test
    void givenBadRowsAndSkipping_whenRead_thenTheyAreCountedAndTheGoodRowsKept() throws IOException {
        Path file = write("bars.csv", """
                AAPL,2026-11-20T14:30:00Z,1,2,0.5,1.5,10
                AAPL,2026-11-20T14:31:00Z,1,0.9,0.5,1.5,10
                AAPL,2026-11-20T14:32:00Z,1,2,0.5,-1,10
                AAPL,2026-11-20T14:33:30Z,1,2,0.5,1.5,10
                AAPL,2026-11-20T14:30:00Z,1,2,0.5,1.5,10
                AAPL,2026-11-20T14:34:00Z,1,2,0.5
                AAPL,2026-11-20T14:35:00Z,1,2,0.5,1.5,lots
                AAPL,2026-11-20T14:36:00Z,1,2,0.5,1.5,10
                """);

        BarFiles files = BarFileReader.read(file, BarFileFormat.defaults().withSkipBadRows(true));

        assertThat(files.bars()).extracting(FileBar::line).containsExactly(1L, 8L);
        assertThat(files.badRowCount()).isEqualTo(6);
        assertThat(files.badRows()).extracting(BadBarRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(files.badRows()).extracting(BadBarRow::reason).satisfiesExactly(
                reason -> assertThat(reason).startsWith("prices out of order"),
                reason -> assertThat(reason).isEqualTo("close -1 is not positive"),
                reason -> assertThat(reason).contains("not on a whole minute"),
                reason -> assertThat(reason).contains("a second AAPL bar").contains(":1)"),
                reason -> assertThat(reason).isEqualTo("5 columns, expected 7"),
                reason -> assertThat(reason).isEqualTo("volume 'lots' is not a number"));
    }

    @Test
    void givenAHeaderWithoutAClose_whenRead_thenItFailsEvenWhenSkipping() throws IOException {
        Path file = write("bars.csv", "symbol,timestamp,open,high,low,price,volume\n");

        assertThatThrownBy(() -> BarFileReader.read(file, BarFileFormat.defaults().withSkipBadRows(true)))
                .isInstanceOf(BadBarRow.class)
                .hasMessageStartingWith(file + ":1: the header has no 'close' column");
    }

    @Test
    void givenAFileNameThatIsNoTicker_whenReadWithoutASymbolColumn_thenTheRowNamesTheProblem() throws IOException {
        Path file = write("2026-11-20.csv", "2026-11-20T14:30:00Z,1,2,0.5,1.5,10\n");

        assertThatThrownBy(() -> BarFileReader.read(file, BarFileFormat.defaults()))
                .isInstanceOf(BadBarRow.class).hasMessageContaining("file name gives no ticker");
    }

    @Test
    void givenAnEmptyDirectoryOrFile_whenRead_thenTheErrorSaysSo() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path blank = write("blank.csv", "# nothing\n\n");

        assertThatThrownBy(() -> BarFileReader.read(empty, BarFileFormat.defaults()))
                .hasMessage(empty + " holds no .csv file");
        assertThatThrownBy(() -> BarFileReader.read(blank, BarFileFormat.defaults()))
                .hasMessageContaining("contain no bars");
    }

    @Test
    void givenSeveralTradingDaysWithMissingMinutes_whenRead_thenEveryBarIsKeptAsWritten() throws IOException {
        Path file = write("bars.csv", """
                AAPL,2026-11-19 15:59:00,1,2,0.5,1.5,10
                AAPL,2026-11-20 04:00:00,1,2,0.5,1.5,10
                AAPL,2026-11-20 09:30:00,1,2,0.5,1.5,10
                AAPL,2026-11-20 09:33:00,1,2,0.5,1.5,10
                """);

        BarFiles files = BarFileReader.read(file, BarFileFormat.defaults());

        assertThat(files.bars()).hasSize(4);
        assertThat(files.firstStart()).isEqualTo(Instant.parse("2026-11-19T20:59:00Z"));
        assertThat(files.lastStart()).isEqualTo(Instant.parse("2026-11-20T14:33:00Z"));
        assertThat(files.bars().get(3).high()).isEqualTo(new BigDecimal("2"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
