package com.tradesuite.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.tradesuite.bars.BadBarRow;
import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;

/**
 * The local stack: an embedded Kafka broker, the paper exchange (in this JVM, its clock driven by the session), the
 * five services, each its own process, and with {@code --read-model} the monitor's PostgreSQL, started together and
 * stopped together.
 */
public final class LocalStack implements AutoCloseable {

    /** The services in start order. */
    public static final List<String> SERVICES = List.of(
            "scanner-service", "buyer-service", "seller-service", "risk-manager-service", "monitor-service");

    /**
     * Credentials of the local paper exchange only: it accepts any non-blank pair. Never real keys. Every service uses
     * this one key, so they all share the exchange's per-key limit.
     */
    static final String LOCAL_KEY_ID = "local-paper-exchange";
    private static final String LOCAL_SECRET = "local-paper-exchange-secret";

    /**
     * Simulated time runs many times faster than real time, so the per-minute request budget is scaled up for
     * local sessions (Alpaca's own limit is 200 per real minute).
     */
    private static final int LOCAL_RATE_LIMIT_PER_MINUTE = 60_000;

    /**
     * In lockstep every bar waits for the scanner to have polled it, so the scanner polls often; an idle poll is one
     * small request to the local exchange.
     */
    static final String LOCKSTEP_SCANNER_POLL_INTERVAL = "5ms";

    /**
     * In lockstep the gate already holds the next bar until every service has folded everything and no intent is in
     * flight, and within a bar the simulated clock stands still, so the 300 ms real-time debounce only delays each
     * bar; a short one still coalesces the burst of events one trade update writes (ADR 0002).
     */
    static final String LOCKSTEP_RISK_AUDIT_DEBOUNCE = "10ms";

    /** In the monitor's readiness: its read model holds no row it has not committed. */
    private static final Pattern READ_MODEL_WRITTEN = Pattern.compile("\"pendingRows\"\\s*:\\s*0\\b");

    private final EmbeddedKafkaBroker broker;
    private final PaperExchangeServer exchange;
    private final List<ServiceProcess> services;
    private final Path projectDir;
    private final Map<String, String> environment = new HashMap<>();
    private final LocalReadModel readModel;

    private LocalStack(EmbeddedKafkaBroker broker, PaperExchangeServer exchange, List<ServiceProcess> services,
                       Path projectDir, LocalReadModel readModel) {
        this.broker = broker;
        this.exchange = exchange;
        this.services = services;
        this.projectDir = projectDir;
        this.readModel = readModel;
    }

    /** Starts everything and waits until every service is ready, printing progress to {@code out}. */
    public static LocalStack start(LocalStackOptions options, PrintStream out, Duration readyTimeout) {
        return start(options, Map.of(), out, readyTimeout);
    }

    /** Like {@link #start(LocalStackOptions, PrintStream, Duration)} with extra environment for every service. */
    public static LocalStack start(LocalStackOptions options, Map<String, String> extraEnv, PrintStream out,
                                   Duration readyTimeout) {
        return start(options, extraEnv, out, readyTimeout, exchange -> { });
    }

    /**
     * Like {@link #start(LocalStackOptions, Map, PrintStream, Duration)}, with {@code account} run on the exchange
     * before any service starts: the account the suite is switched on over (e.g. positions another bot left).
     */
    public static LocalStack start(LocalStackOptions options, Map<String, String> extraEnv, PrintStream out,
                                   Duration readyTimeout, Consumer<PaperExchangeServer> account) {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(options.kafkaPort(), Map.of());
        out.printf("Kafka (KRaft, embedded) ready at %s in %d ms%n", broker.bootstrapServers(),
                broker.startupTime().toMillis());
        PaperExchangeServer exchange;
        List<String> symbols;
        try {
            exchange = PaperExchangeServer.start(exchangeConfig(options));
        } catch (BadBarRow e) {
            broker.close();
            throw new IllegalArgumentException(e.getMessage() + System.lineSeparator()
                    + "  (--skip-bad-rows skips and counts such rows)", e);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        try {
            symbols = BarReplay.scannedSymbols(options, exchange);
        } catch (RuntimeException e) {
            exchange.close();
            broker.close();
            throw e;
        }
        out.printf("Paper exchange ready at %s (seed %d, symbols %s, simulated time %s)%n", exchange.baseUrl(),
                options.seed(), String.join(",", symbols), exchange.now());
        if (options.bars().replay()) {
            out.println(BarReplay.describe(options, exchange));
        }
        try {
            account.accept(exchange);
        } catch (RuntimeException e) {
            exchange.close();
            broker.close();
            throw e;
        }
        LocalReadModel readModel = null;
        if (options.readModel().enabled()) {
            try {
                readModel = LocalReadModel.start(options.readModel());
            } catch (RuntimeException e) {
                exchange.close();
                broker.close();
                throw e;
            }
            out.printf("PostgreSQL read model%s at %s%n", readModel.embedded() ? " (embedded)" : "",
                    readModel.safeUrl());
        }
        List<ServiceProcess> services = new ArrayList<>();
        LocalStack stack = new LocalStack(broker, exchange, services, options.projectDir(), readModel);
        try {
            Map<String, String> env = stack.environment;
            env.putAll(serviceEnvironment(symbols, options.backtest(), broker, exchange));
            if (readModel != null) {
                env.putAll(readModel.monitorEnvironment());
            }
            env.putAll(extraEnv);
            for (int i = 0; i < SERVICES.size(); i++) {
                int port = options.basePort() == 0 ? freePort() : options.basePort() + i;
                services.add(ServiceProcess.start(options.projectDir(), SERVICES.get(i), 1, port, env,
                        stack.logDir()));
            }
            out.printf("Started %d services, logs in %s%n", services.size(), stack.logDir());
            stack.awaitReady(services, out, readyTimeout);
            for (String scaled : LocalStackOptions.SCALABLE) {
                for (int instance = 2; instance <= options.instancesOf(scaled); instance++) {
                    stack.addInstance(scaled, out, readyTimeout);
                }
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private static PaperExchangeConfig exchangeConfig(LocalStackOptions options) {
        PaperExchangeConfig.Builder builder = PaperExchangeConfig.builder()
                .port(options.exchangePort())
                .symbols(options.symbols())
                .seed(options.seed())
                .speedUp(0) // the session drives the clock, so nothing happens before the services are ready
                .rateLimitPerMinute(LOCAL_RATE_LIMIT_PER_MINUTE * 10);
        if (options.bars().replay()) {
            builder.csvFiles(options.bars().files()).csvZone(options.bars().format().zone())
                    .skipBadRows(options.bars().format().skipBadRows()).extendedHours(options.bars().extendedHours());
        }
        return builder.build().validate();
    }

    private static Map<String, String> serviceEnvironment(List<String> symbols, boolean backtest,
                                                          EmbeddedKafkaBroker broker, PaperExchangeServer exchange) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("APCA_API_BASE_URL", exchange.baseUrl());
        env.put("APCA_DATA_BASE_URL", exchange.baseUrl());
        env.put("APCA_STREAM_URL", exchange.streamUrl());
        env.put("APCA_API_KEY_ID", LOCAL_KEY_ID);
        env.put("APCA_API_SECRET_KEY", LOCAL_SECRET);
        env.put("TRADESUITE_BROKER_RATE_LIMIT_PER_MINUTE", String.valueOf(LOCAL_RATE_LIMIT_PER_MINUTE));
        env.put("TRADESUITE_SCANNER_SYMBOLS", String.join(",", symbols));
        if (backtest) {
            env.put("TRADESUITE_SCANNER_POLL_INTERVAL", LOCKSTEP_SCANNER_POLL_INTERVAL);
            env.put("RISK_AUDIT_DEBOUNCE", LOCKSTEP_RISK_AUDIT_DEBOUNCE);
        }
        return env;
    }

    /**
     * Starts one more instance of a service (same environment, a free port) and waits until it is ready: the
     * consumer group then spreads the partitions over the instances.
     */
    public ServiceProcess addInstance(String name, PrintStream out, Duration readyTimeout) {
        int instance = instances(name).size() + 1;
        ServiceProcess added = ServiceProcess.start(projectDir, name, instance, freePort(), environment, logDir());
        services.add(added);
        awaitReady(List.of(added), out, readyTimeout);
        return added;
    }

    /** Every running instance of a service, in start order. */
    public List<ServiceProcess> instances(String name) {
        return services.stream().filter(service -> service.name().equals(name)).toList();
    }

    private Path logDir() {
        return projectDir.resolve(".local-stack/logs");
    }

    /** Where runs write their end-of-run reports (next to the services' logs). */
    public Path reportDir() {
        return projectDir.resolve(".local-stack/reports");
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public PaperExchangeServer exchange() {
        return exchange;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public Optional<ServiceProcess> findService(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    /** Waits until the given services answer their readiness check, printing one line per ready service. */
    public void awaitReady(List<ServiceProcess> waitingFor, PrintStream out, Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(waitingFor);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name() + " exited during startup; see "
                            + service.logFile());
                }
                if (service.isReady()) {
                    waiting.remove(service);
                    out.printf("  %-22s ready on http://127.0.0.1:%d  (%d/%d, %.1f s)%n", service.name(),
                            service.port(), waitingFor.size() - waiting.size(), waitingFor.size(),
                            (System.nanoTime() - started) / 1e9);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready after " + timeout.toSeconds() + " s: "
                        + waiting.stream().map(ServiceProcess::name).toList() + "; see their logs");
            }
            pause();
        }
    }

    /**
     * Waits until the monitor has committed every row it folded (its {@code read-model} readiness: caught up, no row
     * pending), then reads the read model's summary; a summary saying why when that does not happen in time.
     */
    public String readModelSummary(Duration timeout) {
        LocalReadModel model = readModel().orElseThrow(() -> new IllegalStateException("run without --read-model"));
        ServiceProcess monitor = service("monitor-service");
        long deadline = System.nanoTime() + timeout.toNanos();
        String health = ServiceReports.get(monitor, "/q/health/ready");
        while (!READ_MODEL_WRITTEN.matcher(health).find() || !health.contains("\"caught up\"")) {
            if (System.nanoTime() > deadline) {
                return "Read model: the monitor has not written every row after " + timeout.toSeconds() + " s ("
                        + health + ")" + System.lineSeparator() + model.whereToQuery() + System.lineSeparator();
            }
            pause();
            health = ServiceReports.get(monitor, "/q/health/ready");
        }
        try {
            return model.summary(model.rowCounts(), model.closeReasons());
        } catch (SQLException e) {
            return "Read model: cannot read it (" + e.getMessage() + ")" + System.lineSeparator()
                    + model.whereToQuery() + System.lineSeparator();
        }
    }

    /** The monitor's read model of this run; empty without {@code --read-model}. */
    public Optional<LocalReadModel> readModel() {
        return Optional.ofNullable(readModel);
    }

    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).close();
        }
        if (exchange != null) {
            exchange.close();
        }
        broker.close();
        // After the monitor: it writes there until it stops.
        if (readModel != null) {
            readModel.close();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for services", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
