package com.tradesuite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import com.tradesuite.bench.log.LogGenerator;
import com.tradesuite.bench.log.LogWriter;
import com.tradesuite.bench.log.WrittenLog;
import com.tradesuite.bench.report.Format;
import com.tradesuite.bench.report.MachineInfo;
import com.tradesuite.bench.report.ResultRow;
import com.tradesuite.bench.report.ResultTable;
import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicProvisioner;

/**
 * The benchmark: one embedded broker, one seeded log, the parts asked for; prints the table and writes it to
 * bench/RESULTS.md. Run by its own command (bench/README.md), never by the test run.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        // EventLogConsumer logs through jboss-logging: route it to slf4j-simple like everything else here.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, defaultProjectDir());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage().equals("help") ? BenchOptions.USAGE : e.getMessage() + "\n"
                    + BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options, System.out));
    }

    static int run(BenchOptions options, PrintStream out) {
        ResultTable table = new ResultTable();
        table.fact("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        table.fact("machine", MachineInfo.describe());
        table.fact("load average (1, 5, 15 min) at start", MachineInfo.loadAverage());
        table.fact("heap", MachineInfo.benchHeap() + "; services -Xmx" + options.serviceXmx() + "; ops-cli -Xmx"
                + options.opsXmx());
        table.fact("run", "--events " + options.events() + " --symbols " + options.symbols() + " --parts "
                + String.join(",", options.parts()) + " --seed " + options.seed() + " --phase-timeout "
                + options.phaseTimeout().toSeconds() + " --samples " + options.samples());
        if (options.runs("e")) {
            // Its own broker and processes (the run command's): nothing shared with the parts below.
            table.addAll(safely("(e) backtest", BacktestPart::run, new BenchContext(options, out, null, null)));
        }
        if (options.runs("f")) {
            // The paper exchange over HTTP only: no broker, no log.
            table.addAll(safely("(f) partial-profit gap", PartialGapPart::run, new BenchContext(options, out, null,
                    null)));
        }
        boolean needsBroker = options.runs("a") || options.runs("c") || options.runs("d");
        if (!needsBroker) {
            if (options.runs("b")) {
                table.addAll(safely("(b) fold cost", FoldCostPart::run, new BenchContext(options, out, null, null)));
            }
            return finish(table, options, out);
        }
        out.println("Starting an embedded Kafka broker (KRaft)...");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            out.printf("  ready at %s in %d ms%n", broker.bootstrapServers(), broker.startupTime().toMillis());
            table.fact("broker", "one embedded KRaft broker in the bench JVM, " + options.partitions()
                    + " partitions per topic");
            provisionTopics(broker, options.partitions());
            WrittenLog log = writeLog(broker, options, out);
            table.fact("log", Format.count(log.events()) + " events " + log.eventsPerTopic() + ", "
                    + Format.count(log.roundTrips()) + " round trips over " + log.symbols().size()
                    + " symbols, average value " + log.averageValueBytes() + " B, written in "
                    + Format.seconds(log.writeTime()));
            BenchContext context = new BenchContext(options, out, broker.bootstrapServers(), log);
            if (options.runs("a")) {
                table.addAll(safely("(a) replay", ReplayThroughputPart::run, context));
            }
            if (options.runs("b")) {
                table.addAll(safely("(b) fold cost", FoldCostPart::run, context));
            }
            if (options.runs("c")) {
                table.addAll(safely("(c) service start", ServiceStartupPart::run, context));
            }
            if (options.runs("d")) {
                table.addAll(safely("(d) ops-cli replay", OpsReplayPart::run, context));
            }
        } catch (PhaseTimeoutException e) {
            table.add(ResultRow.judged("log", "writing the log", e.getMessage(), "-", false));
        }
        notes(table);
        return finish(table, options, out);
    }

    private static void provisionTopics(EmbeddedKafkaBroker broker, int partitions) {
        try (var admin = broker.admin()) {
            new TopicProvisioner(admin, partitions, (short) 1, 30_000).ensureTopics(TopicCatalog.provisioned());
        }
    }

    private static WrittenLog writeLog(EmbeddedKafkaBroker broker, BenchOptions options, PrintStream out) {
        out.printf("Writing a seeded log of %,d events over %d symbols...%n", options.events(), options.symbols());
        try (LogWriter writer = new LogWriter(broker.bootstrapServers())) {
            WrittenLog log = writer.write(new LogGenerator(options.seed(), options.symbols(), options.events()),
                    options.events(), out, Deadline.of("writing the log", options.phaseTimeout()));
            out.printf("  %,d events %s in %.1f s%n", log.events(), log.eventsPerTopic(),
                    log.writeTime().toNanos() / 1e9);
            return log;
        }
    }

    /** A part that fails is a row saying so; the other parts still run. */
    private static List<ResultRow> safely(String part, Function<BenchContext, List<ResultRow>> run,
                                          BenchContext context) {
        context.out().println("Part " + part + "...");
        try {
            return run.apply(context);
        } catch (RuntimeException | OutOfMemoryError | LinkageError e) {
            e.printStackTrace(context.out());
            return List.of(ResultRow.judged(part, "the part", "failed: " + e, "-", false));
        }
    }

    private static void notes(ResultTable table) {
        table.note("Log: complete round trips per symbol (bracket entry intent, entry and both legs accepted, entry"
                + " fill, 0-6 trailing-stop replaces of the stop leg, exit fill on the stop or take-profit leg, the"
                + " other leg canceled, the exit-source record, a cooldown after a loss), on orders, fills,"
                + " exit-source and cooldowns, keyed by symbol; written in waves a millisecond apart so log-append"
                + " time orders each symbol's events causally. No market data.");
        table.note("(a) The reads run in the bench JVM against the broker in the same JVM; each read's clock starts"
                + " at seekToBeginning (the EventLogConsumer's at start(), so its group join counts). One unreported"
                + " warm-up read comes first.");
        table.note("(b) Each apply timed alone with System.nanoTime after folding the history in memory (same"
                + " generator, no Kafka), after an unreported warm-up fold of a separate log.");
        table.note("(c) Each service alone, started as local-stack starts it (java -Xmx... -XX:TieredStopAtLevel=1"
                + " -jar quarkus-run.jar); ready = first 200 of /q/health/ready, polled every 50 ms; heap from"
                + " /q/metrics and the JVM's GC log (-Xlog:gc); live heap after jcmd GC.run.");
        table.note("(d) Peak heap = highest heap use in the GC log (before each collection, and at exit); it is"
                + " bounded by -Xmx, so the heap goal means the replay completed within it.");
    }

    private static int finish(ResultTable table, BenchOptions options, PrintStream out) {
        table.fact("load average (1, 5, 15 min) at end", MachineInfo.loadAverage());
        String markdown = table.markdown();
        out.println();
        out.println(markdown);
        try {
            Files.createDirectories(options.out().getParent());
            Files.writeString(options.out(), markdown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + options.out(), e);
        }
        out.println("Written to " + options.out());
        return 0;
    }

    /** The checkout the jar was built in: bench/target/bench.jar -> the directory above bench. */
    private static Path defaultProjectDir() {
        try {
            Path location = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = location.getParent().getParent().getParent();
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("bench"))) {
                return candidate.toAbsolutePath().normalize();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Fall back to the working directory.
        }
        return Path.of("").toAbsolutePath();
    }
}
