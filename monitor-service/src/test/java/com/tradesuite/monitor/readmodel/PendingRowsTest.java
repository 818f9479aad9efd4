package com.tradesuite.monitor.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The projector's pending rows (latest version per key, oldest first) and its retry backoff. */
class PendingRowsTest {

    private static ReadModelRow trade(String key, String pnl) {
        Instant t = Instant.parse("2026-11-20T14:31:00Z");
        return new ReadModelRow(ReadModelTable.CLOSED_TRADES, Arrays.asList(key, "AAPL", t, t, BigDecimal.ONE,
                BigDecimal.TEN, new BigDecimal(pnl), null));
    }

    @Test
    void aNewerVersionOfAPendingRowReplacesItAndQueuesLast() {
        PendingRows pending = new PendingRows();
        pending.add(trade("x-1", "1"));
        pending.add(trade("x-2", "2"));
        pending.add(trade("x-1", "3"));

        assertThat(pending.size()).isEqualTo(2);
        assertThat(pending.oldest(10)).extracting(entry -> entry.row().key() + "=" + entry.row().value("realized_pnl"))
                .containsExactly("x-2=2", "x-1=3");
        assertThat(pending.oldest(1)).hasSize(1);
    }

    @Test
    void writingABatchKeepsARowThatChangedMeanwhile() {
        PendingRows pending = new PendingRows();
        pending.add(trade("x-1", "1"));
        pending.add(trade("x-2", "2"));
        List<PendingRows.Entry> batch = pending.oldest(10);
        pending.add(trade("x-2", "5"));

        pending.written(batch);

        assertThat(pending.oldest(10)).extracting(entry -> entry.row().key() + "=" + entry.row().value("realized_pnl"))
                .containsExactly("x-2=5");
    }

    @Test
    void tellsWhetherRowsAddedUpToAPointArePending() {
        PendingRows pending = new PendingRows();
        assertThat(pending.holdsAnyUpTo(pending.lastSeq())).isFalse();
        pending.add(trade("x-1", "1"));
        long mark = pending.lastSeq();
        pending.add(trade("x-2", "2"));

        assertThat(pending.holdsAnyUpTo(mark)).isTrue();
        pending.written(pending.oldest(1));
        assertThat(pending.holdsAnyUpTo(mark)).isFalse();
        assertThat(pending.size()).isEqualTo(1);
    }

    @Test
    void retriesBackOffExponentiallyUpToTheMaximum() {
        Duration max = Duration.ofSeconds(30);
        assertThat(ReadModelProjector.retryDelay(1, max)).isEqualTo(Duration.ofMillis(250));
        assertThat(ReadModelProjector.retryDelay(2, max)).isEqualTo(Duration.ofMillis(500));
        assertThat(ReadModelProjector.retryDelay(3, max)).isEqualTo(Duration.ofSeconds(1));
        assertThat(ReadModelProjector.retryDelay(8, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(ReadModelProjector.retryDelay(1000, max)).isEqualTo(Duration.ofSeconds(30));
    }
}
