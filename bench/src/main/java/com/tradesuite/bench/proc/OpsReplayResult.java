package com.tradesuite.bench.proc;

import java.time.Duration;

/**
 * One {@code ops-cli replay} process over the benchmark log.
 *
 * @param wallTime process start to exit (JVM start included), or to the time limit
 * @param replayedRecords the record count ops-cli printed, -1 if it printed none
 * @param peakHeapBytes highest heap use (GC log: before-collection figures and the heap at exit)
 * @param peakRssBytes peak resident set size (/proc VmHWM, sampled until exit)
 * @param failure why it did not complete, null if it exited 0
 */
public record OpsReplayResult(boolean finished, Duration wallTime, long replayedRecords, long peakHeapBytes,
                              long peakRssBytes, String failure) {
}
