package com.tradesuite.scanner.act;

import com.tradesuite.scanner.source.SourceBar;
import com.tradesuite.schemas.event.BarClosed;

/** Where the poller hands what it fetched: each new valid bar once, in time order, and each invalid one. */
interface BarSink {

    /** Publish one new bar; throwing stops the poll and the bar is fetched again next time. */
    void bar(String symbol, BarClosed bar, boolean warmUp);

    /** Dead-letter one bar the source delivered but that is not a valid bar. */
    void invalid(SourceBar bar, String reason);
}
