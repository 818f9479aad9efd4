package com.tradesuite.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tradesuite.bench.proc.ServiceStartup;
import com.tradesuite.bench.proc.ServiceStartupResult;
import com.tradesuite.bench.report.Format;
import com.tradesuite.bench.report.ResultRow;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;

/**
 * Part (c): the risk manager and the seller, each its own process from its Quarkus fast-jar (one at a time), from
 * start to ready on the benchmark log, and their heap. The risk manager opens its trade-update stream once ready, so
 * a paper exchange runs in this JVM, as in local-stack. Each service starts twice: first on a log with no snapshot
 * of it (full replay; it snapshots its partitions once replayed), then again from those snapshots.
 */
public final class ServiceStartupPart {

    private static final String PART = "(c) service start";
    private static final List<String> SERVICES = List.of("risk-manager-service", "seller-service");
    private static final long HEAP_GOAL_BYTES = 256L * 1024 * 1024;
    private static final String LOCAL_KEY_ID = "bench-paper-exchange";
    private static final String LOCAL_SECRET = "bench-paper-exchange-secret";

    private ServiceStartupPart() {
    }

    public static List<ResultRow> run(BenchContext context) {
        BenchOptions options = context.options();
        List<ResultRow> rows = new ArrayList<>();
        try (PaperExchangeServer exchange = PaperExchangeServer.start(PaperExchangeConfig.builder()
                .rateLimitPerMinute(600_000).build())) {
            ServiceStartup startup = new ServiceStartup(options.projectDir(), options.runDir(),
                    List.of("-Xmx" + options.serviceXmx(), "-XX:TieredStopAtLevel=1"),
                    environment(context, exchange));
            for (String service : SERVICES) {
                ServiceStartupResult full = startup.measure(service, context.out(),
                        context.deadline(service + " start to ready"));
                ServiceStartupResult fromSnapshot = full.ready() ? startup.measure(service, context.out(),
                        context.deadline(service + " start to ready from a snapshot")) : null;
                rows.addAll(rows(full, fromSnapshot, options));
            }
        }
        return rows;
    }

    private static List<ResultRow> rows(ServiceStartupResult result, ServiceStartupResult fromSnapshot,
                                        BenchOptions options) {
        String service = result.service();
        String cap = "-Xmx" + options.serviceXmx();
        if (!result.ready()) {
            return List.of(
                    ResultRow.info(PART, service + " start to ready, without snapshot",
                            "not ready: " + result.failure() + " (peak heap " + Format.megabytes(result.peakHeapBytes())
                                    + ", peak RSS " + Format.megabytes(result.peakRssBytes()) + ", " + cap + ")"),
                    snapshotRow(service, null, cap),
                    ResultRow.judged(PART, service + " heap", "not measured: the service did not get ready",
                            "< 256 MB", false));
        }
        return List.of(
                ResultRow.info(PART, service + " start to ready, without snapshot", Format.seconds(result.toReady())
                        + " (process start to /q/health/ready UP; replayed " + Format.count(result.replayedEvents())
                        + " events)"),
                snapshotRow(service, fromSnapshot, cap),
                ResultRow.judged(PART, service + " heap", "live " + Format.megabytes(result.liveHeapBytes())
                                + " after a full GC once ready; in use at ready " + Format.megabytes(
                                result.heapAtReadyBytes()) + ", peak to ready " + Format.megabytes(
                                result.peakHeapBytes()) + ", peak RSS " + Format.megabytes(result.peakRssBytes()) + " ("
                                + cap + ")", "< 256 MB (live heap; ready under " + cap + ")",
                        result.liveHeapBytes() > 0 && result.liveHeapBytes() < HEAP_GOAL_BYTES));
    }

    /** The second start, from the snapshots the first one wrote: judged against 5 s. */
    private static ResultRow snapshotRow(String service, ServiceStartupResult result, String cap) {
        String what = service + " start to ready, with snapshot";
        if (result == null) {
            return ResultRow.judged(PART, what, "not measured: the first start did not get ready", "<= 5 s", false);
        }
        if (!result.ready()) {
            return ResultRow.judged(PART, what, "not ready: " + result.failure(), "<= 5 s", false);
        }
        return ResultRow.judged(PART, what, Format.seconds(result.toReady()) + " (replayed "
                + Format.count(result.replayedEvents()) + " events after the snapshot; live heap "
                + Format.megabytes(result.liveHeapBytes()) + " after a full GC, peak to ready "
                + Format.megabytes(result.peakHeapBytes()) + ", " + cap + ")", "<= 5 s",
                result.toReady().toMillis() <= 5_000);
    }

    private static Map<String, String> environment(BenchContext context, PaperExchangeServer exchange) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", context.bootstrapServers(),
                "TRADESUITE_TOPICS_PARTITIONS", String.valueOf(context.options().partitions()),
                "APCA_API_BASE_URL", exchange.baseUrl(),
                "APCA_DATA_BASE_URL", exchange.baseUrl(),
                "APCA_STREAM_URL", exchange.streamUrl(),
                "APCA_API_KEY_ID", LOCAL_KEY_ID,
                "APCA_API_SECRET_KEY", LOCAL_SECRET,
                "TRADESUITE_BROKER_RATE_LIMIT_PER_MINUTE", "60000");
    }
}
