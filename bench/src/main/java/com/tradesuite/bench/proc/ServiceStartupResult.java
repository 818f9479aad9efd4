package com.tradesuite.bench.proc;

import java.time.Duration;

/**
 * One service process from start to ready on the benchmark log.
 *
 * @param toReady from process start to the first 200 of /q/health/ready (or to the time limit if not ready)
 * @param replayedEvents what the readiness check reports as replayed, -1 if unknown
 * @param heapAtReadyBytes heap in use when ready (/q/metrics jvm_memory_used_bytes, area heap)
 * @param peakHeapBytes the highest heap use up to ready (GC log before-collection figures and the figure at ready)
 * @param liveHeapBytes heap in use after a full collection requested once ready (jcmd GC.run, GC log)
 * @param peakRssBytes the process's peak resident set size up to ready (/proc VmHWM)
 * @param failure why it did not get ready, null if it did
 */
public record ServiceStartupResult(String service, boolean ready, Duration toReady, long replayedEvents,
                                   long heapAtReadyBytes, long peakHeapBytes, long liveHeapBytes, long peakRssBytes,
                                   String failure) {
}
