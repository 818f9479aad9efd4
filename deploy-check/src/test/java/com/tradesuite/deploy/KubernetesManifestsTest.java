package com.tradesuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** deploy/k8s/*.yaml against the code: a Deployment and Service per module, real env keys, ports and probes. */
class KubernetesManifestsTest {

    /** The Secret the operator token comes from: created out of band, never in deploy/k8s. */
    private static final String OPERATOR_TOKEN_SECRET = "tradesuite-operator-token";

    private static final List<JsonNode> DOCS = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(ServiceModule.ROOT.resolve("deploy/k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> docs = yaml.readerFor(JsonNode.class).readValues(file.toFile())) {
                    while (docs.hasNext()) {
                        JsonNode doc = docs.next();
                        if (doc != null && doc.isObject()) {
                            DOCS.add(doc);
                        }
                    }
                }
            }
        }
        assertThat(DOCS).isNotEmpty();
    }

    /** The services whose state is all per symbol, so they scale up to the partition count (docs/SERVICES.md). */
    private static final Set<String> PARTITION_SCALED = Set.of("seller-service", "risk-manager-service");

    private static Optional<JsonNode> find(String kind, String name) {
        return DOCS.stream().filter(doc -> kind.equals(doc.path("kind").asText())
                && name.equals(doc.path("metadata").path("name").asText())).findFirst();
    }

    private static JsonNode container(ServiceModule module) {
        JsonNode deployment = find("Deployment", module.name()).orElseThrow(
                () -> new AssertionError("no Deployment " + module.name() + " in deploy/k8s"));
        return deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    @Test
    void everyModuleHasADeploymentScaledAsItsStateAllowsAndAService() {
        int partitions = find("ConfigMap", "tradesuite-config").orElseThrow()
                .path("data").path("TRADESUITE_TOPICS_PARTITIONS").asInt();
        for (ServiceModule module : ServiceModule.all()) {
            JsonNode deployment = find("Deployment", module.name()).orElseThrow(
                    () -> new AssertionError("no Deployment " + module.name()));
            int replicas = deployment.path("spec").path("replicas").asInt();
            String strategy = deployment.path("spec").path("strategy").path("type").asText();
            if (PARTITION_SCALED.contains(module.name())) {
                // Ownership moves between replicas and is never shared, so a rolling update is safe.
                assertThat(replicas).as(module.name()).isBetween(1, partitions);
                assertThat(strategy).as(module.name()).isEqualTo("RollingUpdate");
            } else {
                // Account-wide state: never two instances, not even during a rollout.
                assertThat(replicas).as(module.name()).isEqualTo(1);
                assertThat(strategy).as(module.name()).isEqualTo("Recreate");
            }
            assertThat(container(module).path("image").asText()).startsWith("tradesuite/" + module.name() + ":");
            JsonNode service = find("Service", module.name()).orElseThrow(
                    () -> new AssertionError("no Service " + module.name()));
            assertThat(service.path("spec").path("ports").get(0).path("targetPort").asInt())
                    .as(module.name() + " Service targetPort").isEqualTo(module.httpPort());
            assertThat(deployment.path("spec").path("template").path("spec").path("securityContext")
                    .path("runAsUser").asInt()).isEqualTo(185);
        }
    }

    @Test
    void portsAndProbesAgreeWithTheApplications() {
        for (ServiceModule module : ServiceModule.all()) {
            JsonNode container = container(module);
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).as(module.name())
                    .isEqualTo(module.httpPort());
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/live");
            assertThat(container.path("livenessProbe").path("httpGet").path("port").asInt())
                    .isEqualTo(module.httpPort());
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/ready");
            assertThat(container.path("readinessProbe").path("httpGet").path("port").asInt())
                    .isEqualTo(module.httpPort());
            assertThat(module.hasHealthEndpoints()).isTrue();
            for (JsonNode env : container.path("env")) {
                if (env.path("name").asText().equals("HTTP_PORT")) {
                    assertThat(env.path("value").asText()).isEqualTo(String.valueOf(module.httpPort()));
                }
            }
        }
    }

    @Test
    void everyEnvironmentVariableIsARealConfigKeyOfThatService() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (ServiceModule module : ServiceModule.all()) {
            Set<String> bad = new TreeSet<>(envNames(container(module)));
            bad.removeAll(module.envVars());
            if (!bad.isEmpty()) {
                unknown.put(module.name(), bad);
            }
        }
        assertThat(unknown).as("environment variables no service reads").isEmpty();
    }

    @Test
    void brokerServicesGetTheirKeysFromTheSecretTemplate() {
        JsonNode secret = find("Secret", "alpaca-credentials").orElseThrow();
        assertThat(secret.path("stringData").path("APCA_API_KEY_ID").asText()).contains("REPLACE");
        assertThat(secret.path("stringData").path("APCA_API_SECRET_KEY").asText()).contains("REPLACE");
        for (ServiceModule module : ServiceModule.all()) {
            Set<String> fromSecret = new TreeSet<>();
            for (JsonNode env : container(module).path("env")) {
                JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                if (!ref.isMissingNode() && !ref.path("name").asText().equals(OPERATOR_TOKEN_SECRET)) {
                    assertThat(ref.path("name").asText()).isEqualTo("alpaca-credentials");
                    assertThat(secret.path("stringData").has(ref.path("key").asText())).isTrue();
                    fromSecret.add(env.path("name").asText());
                }
            }
            if (module.usesBroker()) {
                assertThat(fromSecret).as(module.name()).containsExactlyInAnyOrder("APCA_API_KEY_ID",
                        "APCA_API_SECRET_KEY");
                assertThat(envNames(container(module))).contains("APCA_API_BASE_URL");
            } else {
                assertThat(fromSecret).as(module.name()).isEmpty();
            }
        }
    }

    @Test
    void givenTheRiskManagerWhenDeployedThenItReadsTheOperatorTokenFromASecretThatIsNotCommitted() {
        Map<String, JsonNode> refs = new TreeMap<>();
        for (ServiceModule module : ServiceModule.all()) {
            for (JsonNode env : container(module).path("env")) {
                JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                if (env.path("name").asText().equals("TRADESUITE_OPERATOR_TOKEN")) {
                    assertThat(env.has("value")).as("%s: the token is never a literal", module.name()).isFalse();
                    refs.put(module.name(), ref);
                }
            }
        }

        assertThat(refs).as("only the risk manager, its single writer, gets the token").containsOnlyKeys(
                "risk-manager-service");
        JsonNode ref = refs.get("risk-manager-service");
        assertThat(ref.path("name").asText()).isEqualTo(OPERATOR_TOKEN_SECRET);
        assertThat(ref.path("key").asText()).isEqualTo("TRADESUITE_OPERATOR_TOKEN");
        assertThat(ref.path("optional").asBoolean()).as("the risk manager protects positions without it").isTrue();
        assertThat(find("Secret", OPERATOR_TOKEN_SECRET)).as("the token's Secret is created out of band").isEmpty();
    }

    /** Names set directly plus every key of the ConfigMaps the container imports. */
    private static Set<String> envNames(JsonNode container) {
        Set<String> names = new TreeSet<>();
        container.path("env").forEach(env -> names.add(env.path("name").asText()));
        for (JsonNode from : container.path("envFrom")) {
            String configMap = from.path("configMapRef").path("name").asText();
            JsonNode map = find("ConfigMap", configMap).orElseThrow(
                    () -> new AssertionError("envFrom names a missing ConfigMap " + configMap));
            map.path("data").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
