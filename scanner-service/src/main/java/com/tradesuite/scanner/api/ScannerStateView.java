package com.tradesuite.scanner.api;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scanner's {@code GET /state}: where polling resumes per symbol, rebuilt from {@code market-data} on a restart.
 *
 * @param lastBarStartBySymbol start of the newest bar on the log (or published) per symbol, by symbol
 */
public record ScannerStateView(Map<String, Instant> lastBarStartBySymbol) {

    public ScannerStateView {
        lastBarStartBySymbol = Collections.unmodifiableMap(new TreeMap<>(lastBarStartBySymbol));
    }
}
