package com.tradesuite.bars;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How bar files are read: the zone of timestamps written without an offset, and whether bad rows stop the read.
 *
 * @param zone zone of local timestamps like {@code 2026-11-20 09:30:00} (default America/New_York, the exchange's
 *             own time); timestamps with {@code Z} or an offset ignore it
 * @param skipBadRows false: the first bad row stops the read ({@link BadBarRow}); true: bad rows are counted and
 *                    skipped
 */
public record BarFileFormat(ZoneId zone, boolean skipBadRows) {

    /** US equity exports write exchange time: New York. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

    public BarFileFormat {
        Objects.requireNonNull(zone, "zone");
    }

    /** New York local time, stop at the first bad row. */
    public static BarFileFormat defaults() {
        return new BarFileFormat(DEFAULT_ZONE, false);
    }

    public BarFileFormat withZone(ZoneId value) {
        return new BarFileFormat(value, skipBadRows);
    }

    public BarFileFormat withSkipBadRows(boolean value) {
        return new BarFileFormat(zone, value);
    }
}
