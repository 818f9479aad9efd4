package com.tradesuite.monitor.readmodel;

import java.time.Instant;

/**
 * Ready when off, or when the last replay's rows are all committed and the database is writable.
 *
 * @param state off, replaying, catching up, failing or caught up
 * @param failingSince when the database became unwritable; null while it is fine
 * @param lastError why the last attempt failed; null while the database is fine
 */
public record ReadModelStatus(boolean enabled, boolean ready, String state, int pendingRows, Instant failingSince,
                              String lastError) {

    public static ReadModelStatus off() {
        return new ReadModelStatus(false, true, "off", 0, null, null);
    }
}
