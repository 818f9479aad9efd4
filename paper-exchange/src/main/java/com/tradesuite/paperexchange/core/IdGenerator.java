package com.tradesuite.paperexchange.core;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** UUIDs derived from the seed and a counter, so a replayed run produces the same ids. */
public final class IdGenerator {

    private final long seed;
    private final AtomicLong counter = new AtomicLong();

    public IdGenerator(long seed) {
        this.seed = seed;
    }

    public String next(String kind) {
        return UUID.nameUUIDFromBytes((seed + ":" + kind + ":" + counter.incrementAndGet())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A stable asset id per symbol, as Alpaca's asset ids are stable. */
    public static String assetId(String symbol) {
        return UUID.nameUUIDFromBytes(("asset:" + symbol).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
