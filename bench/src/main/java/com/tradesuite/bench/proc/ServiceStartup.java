package com.tradesuite.bench.proc;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tradesuite.bench.Deadline;

/**
 * Part (c): starts a real service from its Quarkus fast-jar, as local-stack's run command does, against the
 * benchmark log, and measures start to ready and heap.
 */
public final class ServiceStartup {

    private final Path projectDir;
    private final Path runDir;
    private final List<String> jvmOptions;
    private final Map<String, String> environment;

    /** @param environment Kafka, exchange and broker-client settings every service gets */
    public ServiceStartup(Path projectDir, Path runDir, List<String> jvmOptions, Map<String, String> environment) {
        this.projectDir = projectDir;
        this.runDir = runDir;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.environment = Map.copyOf(environment);
    }

    public ServiceStartupResult measure(String service, PrintStream out, Deadline deadline) {
        int port = freePort();
        Map<String, String> env = new HashMap<>(environment);
        env.put("HTTP_PORT", String.valueOf(port));
        Path jar = projectDir.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        long started = System.nanoTime();
        Process process = JavaLaunch.start(jar, jvmOptions, List.of(), env, runDir, service);
        ServiceProbe probe = new ServiceProbe(port);
        try {
            while (!probe.ready()) {
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                if (!process.isAlive()) {
                    return failed(service, waited, process, "exited with " + process.exitValue() + " before ready; see "
                            + runDir.resolve(service + ".out"));
                }
                if (deadline.passed()) {
                    return failed(service, waited, process, "not ready in " + deadline.limit().toSeconds() + " s");
                }
                sleep(50);
            }
            Duration toReady = Duration.ofNanos(System.nanoTime() - started);
            long peakRss = ProcStatus.peakRssBytes(process.pid());
            long heapAtReady = probe.heapUsedBytes().orElse(0);
            long peakHeap = Math.max(heapAtReady, GcLog.peakHeapBytes(JavaLaunch.gcLog(runDir, service)));
            long replayed = probe.replayedEvents().orElse(-1);
            out.printf("    %s ready in %.2f s (replayed %,d events)%n", service, toReady.toNanos() / 1e9, replayed);
            JavaLaunch.fullGc(process);
            sleep(500);
            long live = GcLog.lastAfterGcBytes(JavaLaunch.gcLog(runDir, service));
            return new ServiceStartupResult(service, true, toReady, replayed, heapAtReady, peakHeap, live, peakRss,
                    null);
        } finally {
            JavaLaunch.stop(process);
        }
    }

    private ServiceStartupResult failed(String service, Duration waited, Process process, String why) {
        long peakRss = ProcStatus.peakRssBytes(process.pid());
        long peakHeap = GcLog.peakHeapBytes(JavaLaunch.gcLog(runDir, service));
        return new ServiceStartupResult(service, false, waited, -1, 0, peakHeap, 0, peakRss, why);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a service", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
