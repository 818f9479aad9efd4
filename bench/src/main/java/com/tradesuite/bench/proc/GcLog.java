package com.tradesuite.bench.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap use read from a JVM's unified GC log ({@code -Xlog:gc,gc+heap+exit:file=...}). Used heap only grows
 * between collections, so its peak is either the "before" figure of some collection ({@code 120M->30M(256M)}) or the
 * heap in use at exit (the {@code gc,heap,exit} summary).
 */
public final class GcLog {

    /** The JVM options that write the log this class reads. */
    public static String option(Path file) {
        return "-Xlog:gc,gc+heap+exit:file=" + file;
    }

    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern EXIT_USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private GcLog() {
    }

    /** Bytes: the highest heap use seen in the log, 0 if it shows none. */
    public static long peakHeapBytes(Path file) {
        return peakHeapBytes(read(file));
    }

    static long peakHeapBytes(List<String> lines) {
        long peak = 0;
        long exitUsed = 0;
        for (String line : lines) {
            if (line.contains("gc,heap,exit")) {
                Matcher used = EXIT_USED.matcher(line);
                if (used.find()) {
                    exitUsed += Long.parseLong(used.group(2)) * 1024;
                }
                continue;
            }
            Matcher pause = PAUSE.matcher(line);
            if (line.contains("[gc") && pause.find()) {
                peak = Math.max(peak, bytes(pause.group(1), pause.group(2)));
            }
        }
        return Math.max(peak, exitUsed);
    }

    /** Bytes in use after the last collection in the log (the live set if it was a full one), 0 if none. */
    public static long lastAfterGcBytes(Path file) {
        long last = 0;
        for (String line : read(file)) {
            Matcher pause = PAUSE.matcher(line);
            if (!line.contains("gc,heap,exit") && line.contains("[gc") && pause.find()) {
                last = bytes(pause.group(3), pause.group(4));
            }
        }
        return last;
    }

    private static long bytes(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> value * 1024;
            case "M" -> value * 1024 * 1024;
            default -> value * 1024 * 1024 * 1024;
        };
    }

    private static List<String> read(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GC log " + file, e);
        }
    }
}
