package com.tradesuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Grafana dashboard and the Prometheus scrape config against the code: every metric a panel queries is one a
 * service registers (or a known binder's), every label value it filters on exists, and Prometheus scrapes every
 * service that serves /q/metrics by its compose name and port.
 */
class GrafanaDashboardTest {

    static final Path DASHBOARD = ServiceModule.ROOT.resolve("deploy/grafana/dashboards/tradesuite.json");
    static final Path PROMETHEUS = ServiceModule.ROOT.resolve("deploy/prometheus/prometheus.yml");

    /**
     * Series that no tradesuite meter call registers, with where they come from. Kafka's: Micrometer's
     * KafkaClientMetrics over each event-log consumer (EventLogConsumer binds it; names checked against a scrape of
     * micrometer 1.16.3 with kafka-clients 4.1.1). JVM: Quarkus's default JVM binder (ServiceStartupContract asserts
     * it). {@code up}: Prometheus's own series per scrape target.
     */
    static final Map<String, String> BINDER_METRICS = Map.of(
            "kafka_consumer_fetch_manager_records_lag_max", "KafkaClientMetrics",
            "kafka_consumer_fetch_manager_records_consumed_total", "KafkaClientMetrics",
            "kafka_consumer_coordinator_rebalance_total", "KafkaClientMetrics",
            "jvm_memory_used_bytes", "Quarkus JVM binder",
            "up", "Prometheus");

    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern GROUPING = Pattern.compile(
            "\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    // Possessive, so "sum(" is not read as the metric "su"; a name after $ or a digit is a variable or a number.
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");
    private static final Pattern LABEL_FILTER = Pattern.compile("\\b(decision|type|topic)\\s*=~?\\s*\"([^\"]*)\"");

    private static JsonNode dashboard;
    private static JsonNode compose;

    @BeforeAll
    static void read() throws IOException {
        dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        compose = new YAMLMapper().readTree(ServiceModule.ROOT.resolve("docker-compose.yml").toFile());
    }

    @Test
    void everyMetricAPanelQueriesIsRegisteredByTheCodeOrAKnownBinder() {
        Set<String> registered = MeterNames.registeredIn(ServiceModule.ROOT);
        Map<String, List<String>> missing = new TreeMap<>();
        Set<String> queried = new TreeSet<>();
        for (String expr : exprs(dashboard)) {
            for (String metric : metricNames(expr)) {
                queried.add(metric);
                if (!registered.contains(metric) && !BINDER_METRICS.containsKey(metric)) {
                    missing.computeIfAbsent(metric, name -> new ArrayList<>()).add(expr);
                }
            }
        }
        assertThat(missing).as("metrics the dashboard queries that no code registers (name -> queries)").isEmpty();
        // Guards the parsing: an empty result would pass the check above.
        assertThat(queried).contains("tradesuite_protection_unprotected_positions",
                "tradesuite_protection_gap_seconds_bucket", "tradesuite_decisions_total",
                "kafka_consumer_fetch_manager_records_lag_max");
    }

    @Test
    void theKafkaMetricsComeFromABinderTheCodeStillBinds() {
        boolean bound = MeterNames.mainSources(ServiceModule.ROOT).stream()
                .anyMatch(file -> ServiceModule.text(file).contains("new KafkaClientMetrics("));
        assertThat(bound).as("some service binds KafkaClientMetrics (the dashboard's kafka_consumer_* panels)")
                .isTrue();
    }

    @Test
    void everyLabelValueAPanelFiltersOnExists() {
        String sources = String.join("\n",
                MeterNames.mainSources(ServiceModule.ROOT).stream().map(ServiceModule::text).toList());
        Path events = ServiceModule.ROOT.resolve("schemas/src/main/java/com/tradesuite/schemas/event");
        List<String> unknown = new ArrayList<>();
        for (String expr : exprs(dashboard)) {
            Matcher filter = LABEL_FILTER.matcher(expr);
            while (filter.find()) {
                for (String value : filter.group(2).split("\\|")) {
                    boolean exists = filter.group(1).equals("type")
                            ? events.resolve(value + ".java").toFile().isFile()
                            : sources.contains("\"" + value + "\"");
                    if (!exists) {
                        unknown.add(filter.group(1) + "=" + value);
                    }
                }
            }
        }
        assertThat(unknown).as("label values (decisions, event types, topics) the code never produces").isEmpty();
    }

    @Test
    void metricNamesAreReadFromPromQl() {
        assertThat(metricNames("sum by (job, decision) (increase(tradesuite_decisions_total{decision=~\"a|b\"}"
                + "[$__range])) - histogram_quantile(0.99, sum by (le) (rate(gap_seconds_bucket{le=\"2.0\"}[5m])))"
                + " or vector(0) and on (job) up"))
                .containsExactlyInAnyOrder("tradesuite_decisions_total", "gap_seconds_bucket", "up");
    }

    @Test
    void meterNamesFollowMicrometersPrometheusNaming() {
        String source = """
                static final String DECISIONS = "a.decisions";
                Metrics.counter(DECISIONS, "decision", decision).increment();
                Metrics.gauge("a.replay.events", replayed);
                Timer.builder("a.gap").serviceLevelObjectives(Duration.ofSeconds(2)).register(registry);
                Gauge.builder("a.current.gap", this, f).baseUnit("seconds").tag("symbol", s).register(registry);
                Counter.builder("a.rows").tag("table", t).register(registry);
                """;
        assertThat(MeterNames.registeredBy(source)).containsExactlyInAnyOrder("a_decisions_total",
                "a_replay_events", "a_gap_seconds_count", "a_gap_seconds_sum", "a_gap_seconds_max",
                "a_gap_seconds_bucket", "a_current_gap_seconds", "a_rows_total");
        assertThat(MeterNames.registeredIn(ServiceModule.ROOT)).contains("tradesuite_protection_current_gap_seconds",
                "tradesuite_snapshot_restores_total", "tradesuite_readmodel_pending");
    }

    @Test
    void prometheusScrapesEveryServiceThatServesMetricsByItsComposeNameAndPort() throws IOException {
        JsonNode config = new YAMLMapper().readTree(PROMETHEUS.toFile());
        JsonNode services = compose.path("services");
        Set<String> scraped = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (JsonNode job : config.path("scrape_configs")) {
            assertThat(job.path("metrics_path").asText()).as(job.path("job_name").asText()).isEqualTo("/q/metrics");
            for (String target : targets(job)) {
                String host = target.substring(0, target.lastIndexOf(':'));
                int port = Integer.parseInt(target.substring(target.lastIndexOf(':') + 1));
                if (!services.has(host) || !ServiceModule.NAMES.contains(host)) {
                    wrong.add(target + ": not a service module in docker-compose.yml");
                    continue;
                }
                ServiceModule module = ServiceModule.byName(host);
                if (module.httpPort() != port || !services.path(host).path("ports").get(0).asText()
                        .endsWith(":" + port)) {
                    wrong.add(target + ": " + host + " listens on " + module.httpPort());
                } else if (!module.servesMetrics()) {
                    wrong.add(target + ": " + host + " serves no /q/metrics");
                }
                scraped.add(host);
            }
        }
        assertThat(wrong).as("scrape targets").isEmpty();
        List<String> serving = ServiceModule.all().stream().filter(ServiceModule::servesMetrics)
                .map(ServiceModule::name).toList();
        assertThat(scraped).as("scraped services").containsExactlyInAnyOrderElementsOf(serving);
        assertThat(services.path("prometheus").path("volumes").toString())
                .contains("./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml");
    }

    @Test
    void grafanaIsProvisionedFromTheRepositoryAndKeepsNoPasswordInTheFile() throws IOException {
        JsonNode services = compose.path("services");
        assertThat(services.path("prometheus").path("image").asText()).matches("prom/prometheus:v\\d+\\.\\d+\\.\\d+");
        JsonNode grafana = services.path("grafana");
        assertThat(grafana.path("image").asText()).matches("grafana/grafana:\\d+\\.\\d+\\.\\d+");
        String volumes = grafana.path("volumes").toString();
        assertThat(volumes).contains("./deploy/grafana/provisioning:/etc/grafana/provisioning",
                "./deploy/grafana/dashboards:/var/lib/grafana/dashboards");
        YAMLMapper yaml = new YAMLMapper();
        JsonNode providers = yaml.readTree(ServiceModule.ROOT
                .resolve("deploy/grafana/provisioning/dashboards/tradesuite.yml").toFile()).path("providers");
        assertThat(providers.get(0).path("options").path("path").asText()).isEqualTo("/var/lib/grafana/dashboards");
        JsonNode datasource = yaml.readTree(ServiceModule.ROOT
                .resolve("deploy/grafana/provisioning/datasources/prometheus.yml").toFile()).path("datasources").get(0);
        assertThat(datasource.path("url").asText()).isEqualTo("http://prometheus:9090");
        Set<String> uids = new TreeSet<>();
        dashboard.findValues("datasource").forEach(ds -> uids.add(ds.path("uid").asText()));
        assertThat(uids).containsExactly(datasource.path("uid").asText());
        // Only a variable without a default may set the admin password.
        assertThat(grafana.path("environment").path("GF_SECURITY_ADMIN_PASSWORD").asText())
                .matches("\\$\\{[A-Z_]+(?::-)?}");
    }

    /** Every PromQL expression of the dashboard, in rows and panels at any depth. */
    static List<String> exprs(JsonNode dashboard) {
        List<String> exprs = new ArrayList<>();
        dashboard.findValues("expr").forEach(expr -> exprs.add(expr.asText()));
        return exprs;
    }

    /** The metric names of one PromQL expression: identifiers that are not functions, keywords or label names. */
    static Set<String> metricNames(String expr) {
        String bare = STRING.matcher(expr).replaceAll("\"\"");
        bare = bare.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            if (!PROMQL_WORDS.contains(identifier.group(1).toLowerCase(Locale.ROOT))) {
                names.add(identifier.group(1));
            }
        }
        return names;
    }

    /** host:port targets of a scrape job, static or by DNS name. */
    private static List<String> targets(JsonNode job) {
        List<String> targets = new ArrayList<>();
        job.path("static_configs").forEach(config -> config.path("targets").forEach(t -> targets.add(t.asText())));
        job.path("dns_sd_configs").forEach(config -> config.path("names")
                .forEach(name -> targets.add(name.asText() + ":" + config.path("port").asText())));
        return targets;
    }
}
