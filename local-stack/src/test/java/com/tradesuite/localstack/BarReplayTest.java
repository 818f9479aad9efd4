package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;

class BarReplayTest {

    private static final Path BARS = Path.of("src/test/resources/bars/two-days.csv").toAbsolutePath();

    @Test
    void givenBarFilesAndNoSymbols_whenStarted_thenTheScannerWatchesTheFilesSymbols() {
        try (PaperExchangeServer exchange = exchangeOn(BARS)) {
            List<String> symbols = BarReplay.scannedSymbols(options(), exchange);

            assertThat(symbols).isEqualTo(CsvSessionBars.SYMBOLS);
            assertThat(BarReplay.describe(options(), exchange)).isEqualTo("Bar files: GLD,IWM,QQQ,TLT,XLE,XLF from"
                    + " 2026-11-19 12:30 ET, 2 trading day(s), regular hours (09:30-16:00 ET)");
        }
    }

    @Test
    void givenASymbolTheFilesDoNotHold_whenStarted_thenTheRunStopsNamingIt() {
        try (PaperExchangeServer exchange = exchangeOn(BARS)) {
            assertThatThrownBy(() -> BarReplay.scannedSymbols(options("--symbols", "QQQ,AAPL"), exchange))
                    .hasMessage("--symbols: AAPL not in the bar files (the market-data source would answer '422"
                            + " invalid symbol'); the files hold GLD,IWM,QQQ,TLT,XLE,XLF");
        }
    }

    private static LocalStackOptions options(String... more) {
        List<String> args = new ArrayList<>(List.of("--csv", BARS.toString()));
        args.addAll(List.of(more));
        return LocalStackOptions.parse(args);
    }

    private static PaperExchangeServer exchangeOn(Path bars) {
        return PaperExchangeServer.start(PaperExchangeConfig.builder().csvFile(bars).historyBars(0).build());
    }
}
