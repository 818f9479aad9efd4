package com.tradesuite.bench.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tradesuite.bench.Deadline;

/** Part (d): {@code java -jar ops-cli/target/ops-cli.jar replay --bootstrap ...} as its own process. */
public final class OpsCliReplay {

    private static final String NAME = "ops-cli-replay";
    private static final Pattern REPLAYED = Pattern.compile("Replayed (\\d+) records");

    private final Path projectDir;
    private final Path runDir;
    private final List<String> jvmOptions;

    public OpsCliReplay(Path projectDir, Path runDir, List<String> jvmOptions) {
        this.projectDir = projectDir;
        this.runDir = runDir;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    public OpsReplayResult measure(String bootstrapServers, Deadline deadline) {
        Path jar = projectDir.resolve("ops-cli/target/ops-cli.jar");
        long started = System.nanoTime();
        Process process = JavaLaunch.start(jar, jvmOptions,
                List.of("replay", "--bootstrap", bootstrapServers, "--progress-interval", "10s"), Map.of(), runDir,
                NAME);
        long peakRss = 0;
        try {
            while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
                peakRss = Math.max(peakRss, ProcStatus.peakRssBytes(process.pid()));
                if (deadline.passed()) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    return new OpsReplayResult(false, Duration.ofNanos(System.nanoTime() - started), -1,
                            GcLog.peakHeapBytes(JavaLaunch.gcLog(runDir, NAME)), peakRss,
                            "did not finish in " + deadline.limit().toSeconds() + " s");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while ops-cli replayed", e);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        long peakHeap = GcLog.peakHeapBytes(JavaLaunch.gcLog(runDir, NAME));
        int exit = process.exitValue();
        String failure = exit == 0 ? null : "exit " + exit + "; see " + runDir.resolve(NAME + ".err");
        return new OpsReplayResult(exit == 0, wall, replayedRecords(), peakHeap, peakRss, failure);
    }

    private long replayedRecords() {
        try {
            Matcher matcher = REPLAYED.matcher(Files.readString(runDir.resolve(NAME + ".out")));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ops-cli's output", e);
        }
    }
}
