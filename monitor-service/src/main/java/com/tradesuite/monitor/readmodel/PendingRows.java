package com.tradesuite.monitor.readmodel;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Rows not yet committed, oldest first, one per table and key (a newer version replaces the pending one).
 * Sequence numbers tell whether anything added up to a point is still pending. Not thread-safe: the owner guards it.
 */
final class PendingRows {

    /** A pending row and the sequence number it was added with. */
    record Entry(long seq, ReadModelRow row) {
    }

    private record Key(ReadModelTable table, String key) {
    }

    private final LinkedHashMap<Key, Entry> rows = new LinkedHashMap<>();
    private long lastSeq;

    void add(ReadModelRow row) {
        Key key = new Key(row.table(), row.key());
        // Remove first so the newer version moves to the end: insertion order stays sequence order.
        rows.remove(key);
        rows.put(key, new Entry(++lastSeq, row));
    }

    /** Up to {@code max} of the oldest pending rows. */
    List<Entry> oldest(int max) {
        List<Entry> batch = new ArrayList<>(Math.min(max, rows.size()));
        for (Entry entry : rows.values()) {
            if (batch.size() == max) {
                break;
            }
            batch.add(entry);
        }
        return batch;
    }

    /** Forgets the committed entries; a row re-added since (a newer version) stays pending. */
    void written(List<Entry> batch) {
        for (Entry entry : batch) {
            rows.remove(new Key(entry.row().table(), entry.row().key()), entry);
        }
    }

    int size() {
        return rows.size();
    }

    /** The sequence number of the last row added (0 before any). */
    long lastSeq() {
        return lastSeq;
    }

    /** True while a row added with a sequence number up to {@code seq} is still pending. */
    boolean holdsAnyUpTo(long seq) {
        Iterator<Entry> oldest = rows.values().iterator();
        return oldest.hasNext() && oldest.next().seq() <= seq;
    }
}
