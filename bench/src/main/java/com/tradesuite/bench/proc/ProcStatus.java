package com.tradesuite.bench.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux /proc/PID/status figures of a running process. */
public final class ProcStatus {

    private ProcStatus() {
    }

    /** Peak resident set size (VmHWM) in bytes; 0 if the process is gone or the system has no /proc. */
    public static long peakRssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
