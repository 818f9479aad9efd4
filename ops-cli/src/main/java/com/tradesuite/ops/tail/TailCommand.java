package com.tradesuite.ops.tail;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.common.errors.WakeupException;

import com.tradesuite.ops.cli.ArgParser;
import com.tradesuite.ops.cli.ConsoleCommand;
import com.tradesuite.ops.cli.Options;
import com.tradesuite.ops.cli.UsageException;
import com.tradesuite.ops.log.LogReader;
import com.tradesuite.ops.log.LoggedRecord;
import com.tradesuite.ops.log.Progress;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * {@code tail}: follows one catalog topic and prints a line per record; the history (with --from-beginning) comes
 * first in log-append order, then records as they arrive, until --max records, --timeout or Ctrl-C.
 */
public final class TailCommand extends ConsoleCommand {

    public static final String NAME = "tail";

    public static final String HELP = """
            Usage: ops-cli tail --bootstrap HOST:PORT [--topic NAME] [--from-beginning] [--symbol S] [--json]
                                [--max N] [--timeout D]

            Follows a topic and prints one line per record. For exit-source: time, symbol, layer, reason, order
            type, qty@price, P&L and R. Records that are not valid events are printed as INVALID with the reason.

              --bootstrap HOST:PORT   Kafka brokers (default: $KAFKA_BOOTSTRAP_SERVERS)
              --topic NAME            one of %s (default exit-source)
              --from-beginning        print the history first (default: only new records)
              --symbol S              only this symbol
              --json                  print the event JSON as written instead of a readable line
              --max N                 stop after N printed records
              --timeout D             stop after D (500ms, 10s, 5m, PT1M); default: follow until Ctrl-C
            """.formatted(TopicCatalog.all().stream().map(Topic::name).toList());

    private static final ArgParser PARSER = new ArgParser(NAME,
            Set.of("--bootstrap", "--topic", "--symbol", "--max", "--timeout"),
            Set.of("--from-beginning", "--json"));
    private static final Duration POLL = Duration.ofMillis(200);

    public TailCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        super(out, err, env);
    }

    public int run(String[] args) {
        Options options = PARSER.parse(args);
        String bootstrap = options.bootstrap(env);
        String topicName = options.value("--topic").orElse(TopicCatalog.EXIT_SOURCE.name());
        Topic<?> topic = TopicCatalog.byName(topicName).orElseThrow(() -> new UsageException(NAME
                + ": option '--topic' must be one of " + TopicCatalog.all().stream().map(Topic::name).toList()
                + ", got '" + topicName + "'"));
        Printer printer = new Printer(out, options.value("--symbol").orElse(null), options.flag("--json"),
                options.positiveInt("--max").orElse(Integer.MAX_VALUE));
        long deadline = options.duration("--timeout").map(d -> System.nanoTime() + d.toNanos()).orElse(Long.MAX_VALUE);

        AtomicBoolean stopping = new AtomicBoolean();
        try (LogReader reader = new LogReader(bootstrap, List.of(topic), Duration.ofSeconds(30))) {
            if (!reader.missingTopics().isEmpty()) {
                err.println("error: topic '" + topicName + "' does not exist on " + bootstrap);
                return 1;
            }
            Thread hook = new Thread(() -> {
                stopping.set(true);
                reader.wakeup();
            }, "ops-cli-tail-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                if (options.flag("--from-beginning")) {
                    reader.readHistory(null, Progress.silent(), printer::print);
                    printer.flush();
                } else {
                    reader.seekToEnd();
                }
                while (!printer.done() && !stopping.get() && System.nanoTime() < deadline) {
                    long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                    printer.printAll(reader.pollNew(Duration.ofMillis(Math.min(POLL.toMillis(), left))));
                }
            } catch (WakeupException e) {
                // Ctrl-C: stop quietly.
            } finally {
                removeHook(hook);
            }
        }
        return 0;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down.
        }
    }

    /** Filters by symbol and counts up to --max. */
    private static final class Printer {
        private final PrintStream out;
        private final String symbol;
        private final boolean json;
        private final int max;
        private int printed;

        Printer(PrintStream out, String symbol, boolean json, int max) {
            this.out = out;
            this.symbol = symbol;
            this.json = json;
            this.max = max;
        }

        void printAll(List<LoggedRecord> records) {
            records.forEach(this::print);
            flush();
        }

        void print(LoggedRecord record) {
            if (!done() && matches(record)) {
                out.println(RecordLine.format(record, json));
                printed++;
            }
        }

        void flush() {
            out.flush();
        }

        boolean done() {
            return printed >= max;
        }

        private boolean matches(LoggedRecord record) {
            if (symbol == null) {
                return true;
            }
            if (record.decoded() instanceof DecodeResult.Valid<?> valid) {
                EventEnvelope<?> envelope = valid.envelope();
                return symbol.equalsIgnoreCase(envelope.symbol());
            }
            return symbol.equalsIgnoreCase(record.key());
        }
    }
}
