package com.tradesuite.ops.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.Position;
import com.tradesuite.domain.FoldRefusal;
import com.tradesuite.domain.TradingState;
import com.tradesuite.ops.cli.ArgParser;
import com.tradesuite.ops.cli.ConsoleCommand;
import com.tradesuite.ops.cli.Options;
import com.tradesuite.ops.log.LogReader;
import com.tradesuite.ops.log.LoggedRecord;
import com.tradesuite.ops.log.Progress;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * {@code replay}: folds the event log as it reads it, from the beginning (to its current end or to {@code --until})
 * through the domain's TradingState, the same fold every service runs on startup, prints it, and optionally compares
 * positions with the broker's (exit 3 when they differ).
 */
public final class ReplayCommand extends ConsoleCommand {

    public static final String NAME = "replay";
    public static final int EXIT_DIFFERENT = 3;

    /** The event-log topics the state is made of; market-data and dead-letter hold no state. */
    static final List<Topic<?>> TOPICS = List.of(TopicCatalog.SIGNALS, TopicCatalog.ORDERS, TopicCatalog.FILLS,
            TopicCatalog.COOLDOWNS, TopicCatalog.EXIT_SOURCE);

    public static final String HELP = """
            Usage: ops-cli replay --bootstrap HOST:PORT [--until ISO-INSTANT] [--broker-url URL]
                                  [--progress-every N] [--progress-interval D] [--timeout D]

            Rebuilds positions, open orders and cooldowns from the log exactly as the services do on startup
            (trading-domain's TradingState over signals, orders, fills, cooldowns and exit-source, merged by
            log-append time) and prints them.

              --bootstrap HOST:PORT   Kafka brokers (default: $KAFKA_BOOTSTRAP_SERVERS)
              --until INSTANT         stop at the last event appended at or before this time (e.g. 2026-11-20T21:00:00Z)
              --broker-url URL        also list the broker's positions and print the differences; keys come from
                                      APCA_API_KEY_ID / APCA_API_SECRET_KEY in the environment
              --progress-every N      progress line every N records (default 10000)
              --progress-interval D   ... or every D (default 5s)
              --timeout D             Kafka request timeout (default 30s)

            Exit codes: 0 done (and equal to the broker), 1 error, 2 bad command line, 3 positions differ.
            """;

    private static final ArgParser PARSER = new ArgParser(NAME,
            Set.of("--bootstrap", "--until", "--broker-url", "--progress-every", "--progress-interval", "--timeout"),
            Set.of());

    public ReplayCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        super(out, err, env);
    }

    public int run(String[] args) {
        Options options = PARSER.parse(args);
        String bootstrap = options.bootstrap(env);
        Instant until = options.instant("--until").orElse(null);
        Progress progress = new Progress(err, options.positiveInt("--progress-every").orElse(10_000),
                options.duration("--progress-interval").orElse(Duration.ofSeconds(5)));
        Duration timeout = options.duration("--timeout").orElse(Duration.ofSeconds(30));
        // Read the broker config before the log, so a missing key fails fast and names itself.
        BrokerConfig brokerConfig = options.value("--broker-url").map(this::brokerConfig).orElse(null);

        Fold fold = new Fold(err);
        try (LogReader reader = new LogReader(bootstrap, TOPICS, timeout)) {
            reader.missingTopics().forEach(name -> err.println("warning: topic '" + name + "' does not exist"));
            err.println("Reading " + TOPICS.stream().map(Topic::name).toList() + " from " + bootstrap
                    + (until == null ? " to the current end" : " up to " + until) + "...");
            reader.readHistory(until, progress, fold);
        }
        Replayed replayed = fold.result();
        out.print(summary(replayed, until));
        out.println();
        out.print(StateTable.render(replayed.state(), until != null ? until : replayed.lastAppendedAt()));
        if (brokerConfig == null) {
            return 0;
        }
        List<Position> brokerPositions;
        try (BrokerClient broker = BrokerClient.create(brokerConfig)) {
            brokerPositions = broker.trading().listPositions();
        }
        List<PositionDifference> differences = PositionComparison.compare(replayed.state().positions(),
                brokerPositions);
        out.println();
        out.print(comparison(brokerConfig, brokerPositions.size(), differences));
        return differences.isEmpty() ? 0 : EXIT_DIFFERENT;
    }

    /**
     * The fold: every valid event through TradingState as it is read, in replay order; invalid records are counted,
     * not folded; an event the fold refuses (an illegal order transition, an unknown order, a duplicate intent) is
     * counted by reason and the first few are named on {@code err} with their event id, as the services log them.
     */
    static final class Fold implements Consumer<LoggedRecord> {
        /** Refusals named one by one; the rest are only counted, so a bad log cannot flood the terminal. */
        static final int REFUSALS_NAMED = 20;

        private final PrintStream err;
        private TradingState state = TradingState.empty();
        private final Map<String, Integer> perTopic = new TreeMap<>();
        private final Map<String, Integer> refusals = new TreeMap<>();
        private int refused;
        private int invalid;
        private Instant last;

        Fold(PrintStream err) {
            this.err = err;
        }

        @Override
        public void accept(LoggedRecord record) {
            perTopic.merge(record.topic(), 1, Integer::sum);
            last = record.timestamp();
            if (record.decoded() instanceof DecodeResult.Valid<?> valid) {
                TradingState.Step step = state.fold(valid.envelope());
                state = step.state();
                step.refusal().ifPresent(refusal -> refused(record, valid.envelope().eventId(), refusal));
            } else {
                invalid++;
            }
        }

        private void refused(LoggedRecord record, String eventId, FoldRefusal refusal) {
            refusals.merge(refusal.reason().label(), 1, Integer::sum);
            if (++refused <= REFUSALS_NAMED) {
                err.println("refused " + refusal.reason().label() + ": event " + eventId + " from " + record.topic()
                        + " (" + refusal.detail() + ")");
            }
        }

        Replayed result() {
            return new Replayed(state, new TreeMap<>(perTopic), invalid, last, new TreeMap<>(refusals));
        }
    }

    private BrokerConfig brokerConfig(String url) {
        Map<String, String> brokerEnv = new HashMap<>(env);
        brokerEnv.put(BrokerConfig.BASE_URL, url);
        // The data and stream URLs follow the given trading URL unless the environment names them.
        return BrokerConfig.fromEnvironment(brokerEnv);
    }

    static String summary(Replayed replayed, Instant until) {
        int total = replayed.recordsPerTopic().values().stream().mapToInt(Integer::intValue).sum();
        return "Replayed " + total + " records " + replayed.recordsPerTopic() + ", " + replayed.invalid()
                + " invalid (not folded), " + refusals(replayed.refusals()) + "; last appended "
                + (replayed.lastAppendedAt() == null ? "-" : replayed.lastAppendedAt())
                + (until == null ? "" : " (until " + until + ")") + "\n";
    }

    private static String refusals(Map<String, Integer> byReason) {
        int total = byReason.values().stream().mapToInt(Integer::intValue).sum();
        return total + " refused by the fold" + (total == 0 ? "" : " " + byReason);
    }

    static String comparison(BrokerConfig config, int brokerPositionCount, List<PositionDifference> differences) {
        StringBuilder text = new StringBuilder("BROKER COMPARISON (").append(config.tradingUrl()).append(", ")
                .append(brokerPositionCount).append(" broker positions)\n");
        if (differences.isEmpty()) {
            return text.append("Positions in the log equal the broker's.\n").toString();
        }
        text.append(String.format("%-8s %12s %12s%n", "SYMBOL", "LOG QTY", "BROKER QTY"));
        for (PositionDifference d : differences) {
            text.append(String.format("%-8s %12s %12s%n", d.symbol(), StateTable.plain(d.logQty()),
                    StateTable.plain(d.brokerQty())));
        }
        return text.append("DIFFERENT: ").append(differences.size()).append(" symbol(s) differ: ")
                .append(String.join(", ", differences.stream().map(PositionDifference::symbol).toList()))
                .append('\n').toString();
    }

    /** The replayed state with what it was made of. */
    record Replayed(TradingState state, Map<String, Integer> recordsPerTopic, int invalid, Instant lastAppendedAt,
                    Map<String, Integer> refusals) {
    }
}
