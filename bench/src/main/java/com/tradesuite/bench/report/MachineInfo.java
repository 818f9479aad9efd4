package com.tradesuite.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The facts about this machine and JVM a reader needs to compare runs. */
public final class MachineInfo {

    private MachineInfo() {
    }

    public static String describe() {
        return String.format(Locale.ROOT, "%d cores (nproc), %s, %s RAM, %s %s, Java %s",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memTotal(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"));
    }

    public static String benchHeap() {
        return Format.megabytes(Runtime.getRuntime().maxMemory()) + " max heap (bench JVM, broker included)";
    }

    /** The 1, 5 and 15 minute load averages (other work on the machine skews every figure). */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    }

    private static String memTotal() {
        return firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> Format.megabytes(Long.parseLong(kb.replaceAll("[^0-9]", "")) * 1024))
                .orElse("unknown");
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
