package com.tradesuite.ops;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import com.tradesuite.ops.cli.ArgParser;
import com.tradesuite.ops.cli.Options;
import com.tradesuite.ops.cli.UsageException;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicSpec;
import com.tradesuite.schemas.topic.TopicProvisioner;

/**
 * {@code create-topics}: the catalog's provisioning (schemas' TopicProvisioner) as a one-shot step, e.g. the
 * topic-creation service of docker-compose; refuses (exit 1) when an existing topic has another partition count.
 */
public final class CreateTopicsCommand {

    public static final String NAME = "create-topics";

    public static final String HELP = """
            Usage: ops-cli create-topics --bootstrap HOST:PORT [--partitions N] [--replication-factor N] [--timeout D]

            Creates every catalog topic that is missing (%s) with its retention and LogAppendTime
            settings, and checks that every existing one has the configured partition count.

              --bootstrap HOST:PORT        Kafka brokers (default: $KAFKA_BOOTSTRAP_SERVERS)
              --partitions N               partitions of every topic (default: $TRADESUITE_TOPICS_PARTITIONS or 6)
              --replication-factor N       (default: $TRADESUITE_TOPICS_REPLICATION_FACTOR or 1)
              --timeout D                  Kafka request timeout (default 60s)
            """.formatted(TopicCatalog.provisioned().stream().map(TopicSpec::name).toList());

    private static final ArgParser PARSER = new ArgParser(NAME,
            Set.of("--bootstrap", "--partitions", "--replication-factor", "--timeout"), Set.of());

    private final PrintStream out;
    private final Map<String, String> env;

    public CreateTopicsCommand(PrintStream out, Map<String, String> env) {
        this.out = out;
        this.env = env;
    }

    public int run(String[] args) {
        Options options = PARSER.parse(args);
        String bootstrap = options.bootstrap(env);
        int partitions = options.positiveInt("--partitions")
                .orElseGet(() -> fromEnv("TRADESUITE_TOPICS_PARTITIONS", TopicCatalog.DEFAULT_PARTITIONS));
        int replication = options.positiveInt("--replication-factor")
                .orElseGet(() -> fromEnv("TRADESUITE_TOPICS_REPLICATION_FACTOR", 1));
        Duration timeout = options.duration("--timeout").orElse(Duration.ofSeconds(60));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis()))) {
            List<String> created = new TopicProvisioner(admin, partitions, (short) replication, timeout.toMillis())
                    .ensureTopics(TopicCatalog.provisioned());
            out.println("Topics ready on " + bootstrap + " (" + partitions + " partitions, replication "
                    + replication + "); created: " + (created.isEmpty() ? "none" : created));
        }
        return 0;
    }

    private int fromEnv(String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(NAME + ": " + name + " must be a whole number >= 1, got '" + value + "'");
    }
}
