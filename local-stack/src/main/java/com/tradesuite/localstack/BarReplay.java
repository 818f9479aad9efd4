package com.tradesuite.localstack;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.ExchangeEngine;

/**
 * What a run over bar files trades: the scanner watches the symbols the files hold (or the chosen ones, each of which
 * the exchange must price, else the run stops naming it).
 */
final class BarReplay {

    private static final DateTimeFormatter NEW_YORK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("America/New_York"));

    private BarReplay() {
    }

    /**
     * The symbols the scanner polls.
     *
     * @throws IllegalArgumentException naming a chosen symbol the market-data source does not know
     */
    static List<String> scannedSymbols(LocalStackOptions options, PaperExchangeServer exchange) {
        ExchangeEngine engine = exchange.engine();
        if (!options.bars().replay()) {
            return options.symbols();
        }
        if (!options.bars().symbolsChosen()) {
            return engine.symbols();
        }
        List<String> unknown = options.symbols().stream().filter(symbol -> !engine.knowsSymbol(symbol)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--symbols: " + String.join(",", unknown) + " not in the bar files"
                    + " (the market-data source would answer '422 invalid symbol'); the files hold "
                    + String.join(",", engine.symbols()));
        }
        return options.symbols();
    }

    /** One line on what the files hold, e.g. the first and last bar and the bad rows skipped. */
    static String describe(LocalStackOptions options, PaperExchangeServer exchange) {
        ExchangeEngine engine = exchange.engine();
        Instant first = engine.nextBarStart().orElse(exchange.now());
        long days = tradingDays(engine, first);
        String skipped = engine.badRowsSkipped() == 0 ? "" : "; " + engine.badRowsSkipped()
                + " bad rows skipped (--skip-bad-rows)";
        return String.format("Bar files: %s from %s ET, %d trading day(s), %s%s", String.join(",", engine.symbols()),
                NEW_YORK_TIME.format(first), days,
                options.bars().extendedHours() ? "extended hours" : "regular hours (09:30-16:00 ET)", skipped);
    }

    private static long tradingDays(ExchangeEngine engine, Instant first) {
        long days = 0;
        Instant cursor = first;
        while (cursor != null) {
            Instant end = engine.endOfStretch(cursor, TradingSession.MAX_IDLE).orElse(null);
            days++;
            cursor = end == null ? null : engine.firstBarAtOrAfter(end).orElse(null);
        }
        return days;
    }
}
