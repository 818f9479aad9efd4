package com.tradesuite.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command line: {@code --events 1000000 --symbols 100 --parts a,b,c,d,e --phase-timeout 600 ...}.
 *
 * @param historySmall the small history of part (b); the large one is {@code events}
 * @param samples applies timed one by one after each history in part (b)
 */
public record BenchOptions(long events, int symbols, Set<String> parts, long seed, Duration phaseTimeout,
                           long historySmall, int samples, int partitions, String serviceXmx, String opsXmx,
                           Path projectDir, Path out) {

    public static final String USAGE = """
            Usage: java -Xmx4g -jar bench/target/bench.jar [options]
              --events N          events in the log (default 1000000); also part (b)'s large history
              --symbols N         symbols traded, 50..200 for the realistic mix (default 100)
              --parts a,b,c,d,e,f parts to run (default all): a replay vs bare consumer, b per-event fold cost,
                                  c service start to ready, d ops-cli replay, e backtest days per minute,
                                  f partial-profit unprotected gap on the paper exchange
              --seed N            generator seed (default 42)
              --phase-timeout S   seconds a phase may take before it is reported as not finished (default 600)
              --history-small N   part (b)'s small history (default 10000)
              --samples N         part (b)'s applies timed one by one after each history (default 20000)
              --partitions N      partitions of every topic (default 6, the services' default)
              --service-xmx SIZE  heap cap of the service processes (default 256m, as local-stack and deploy)
              --ops-xmx SIZE      heap cap of the ops-cli process (default 512m)
              --project-dir DIR   the checkout holding the built services and ops-cli (default: found from the jar)
              --out FILE          results file (default <project-dir>/bench/RESULTS.md)
            """;

    private static final Set<String> ALL_PARTS = Set.of("a", "b", "c", "d", "e", "f");

    public static BenchOptions parse(String[] args, Path defaultProjectDir) {
        long events = 1_000_000;
        int symbols = 100;
        Set<String> parts = new TreeSet<>(ALL_PARTS);
        long seed = 42;
        Duration timeout = Duration.ofSeconds(600);
        long historySmall = 10_000;
        int samples = 20_000;
        int partitions = 6;
        String serviceXmx = "256m";
        String opsXmx = "512m";
        Path projectDir = defaultProjectDir;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("help");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--events" -> events = positive(option, value);
                case "--symbols" -> symbols = (int) positive(option, value);
                case "--parts" -> parts = parts(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--phase-timeout" -> timeout = Duration.ofSeconds(positive(option, value));
                case "--history-small" -> historySmall = positive(option, value);
                case "--samples" -> samples = (int) positive(option, value);
                case "--partitions" -> partitions = (int) positive(option, value);
                case "--service-xmx" -> serviceXmx = value;
                case "--ops-xmx" -> opsXmx = value;
                case "--project-dir" -> projectDir = Path.of(value).toAbsolutePath().normalize();
                case "--out" -> out = Path.of(value).toAbsolutePath().normalize();
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new BenchOptions(events, symbols, parts, seed, timeout, historySmall, samples, partitions, serviceXmx,
                opsXmx, projectDir, out == null ? projectDir.resolve("bench/RESULTS.md") : out);
    }

    public boolean runs(String part) {
        return parts.contains(part);
    }

    /** Run files (service logs, GC logs, ops-cli output) go here. */
    public Path runDir() {
        return projectDir.resolve("bench/target/bench-run");
    }

    private static long positive(String option, String value) {
        long parsed;
        try {
            parsed = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got '" + value + "'");
        }
        if (parsed < 1) {
            throw new IllegalArgumentException(option + " must be positive, got " + value);
        }
        return parsed;
    }

    private static Set<String> parts(String value) {
        List<String> listed = Arrays.stream(value.toLowerCase().split(",")).map(String::trim).toList();
        for (String part : listed) {
            if (!ALL_PARTS.contains(part)) {
                throw new IllegalArgumentException("--parts takes a,b,c,d,e,f, got '" + part + "'");
            }
        }
        return new TreeSet<>(listed);
    }
}
