package com.tradesuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** docker-compose.yml against the code: every module is there, with real config keys, its port and health paths. */
class ComposeFileTest {

    private static JsonNode services;

    @BeforeAll
    static void read() throws IOException {
        JsonNode compose = new YAMLMapper().readTree(ServiceModule.ROOT.resolve("docker-compose.yml").toFile());
        services = compose.path("services");
    }

    @Test
    void everyModuleIsAComposeServiceBuiltFromItsModule() {
        for (ServiceModule module : ServiceModule.all()) {
            JsonNode service = services.path(module.name());
            assertThat(service.isObject()).as(module.name() + " in docker-compose.yml").isTrue();
            assertThat(service.path("build").path("args").path("MODULE").asText()).isEqualTo(module.name());
            String dockerfile = service.path("build").path("dockerfile").asText();
            assertThat(ServiceModule.ROOT.resolve(dockerfile)).as(module.name() + " dockerfile").exists();
            assertThat(ServiceModule.text(ServiceModule.ROOT.resolve(dockerfile)))
                    .contains("ubi9/openjdk-17-runtime", "USER 185", "quarkus-run.jar");
        }
    }

    @Test
    void everyEnvironmentVariableIsARealConfigKeyOfThatService() {
        Map<String, List<String>> unknown = new TreeMap<>();
        for (ServiceModule module : ServiceModule.all()) {
            List<String> bad = new ArrayList<>();
            services.path(module.name()).path("environment").fieldNames().forEachRemaining(name -> {
                if (!module.envVars().contains(name)) {
                    bad.add(name);
                }
            });
            if (!bad.isEmpty()) {
                unknown.put(module.name(), bad);
            }
        }
        assertThat(unknown).as("environment variables no service reads").isEmpty();
    }

    @Test
    void everySettingIsAnEnvironmentVariableWithADefault() {
        for (ServiceModule module : ServiceModule.all()) {
            services.path(module.name()).path("environment").fields().forEachRemaining(entry -> {
                String value = entry.getValue().asText();
                if (!entry.getKey().equals("HTTP_PORT")) {
                    // A default may itself be built from one variable, e.g. ${URL:-jdbc:.../${POSTGRES_DB:-db}}.
                    assertThat(value).as(module.name() + " " + entry.getKey())
                            .matches("\\$\\{" + "[A-Z0-9_]+" + ":-(?:[^}$]|\\$\\{[A-Z0-9_]+:-[^}$]*})*}");
                }
            });
        }
    }

    @Test
    void portsAndHealthChecksAgreeWithTheApplications() {
        for (ServiceModule module : ServiceModule.all()) {
            JsonNode service = services.path(module.name());
            String port = String.valueOf(module.httpPort());
            if (!module.name().equals("paper-exchange")) {
                assertThat(service.path("environment").path("HTTP_PORT").asText()).as(module.name()).isEqualTo(port);
            }
            assertThat(service.path("ports").get(0).asText()).as(module.name() + " ports").endsWith(":" + port);
            List<String> test = new ArrayList<>();
            service.path("healthcheck").path("test").forEach(part -> test.add(part.asText()));
            assertThat(test).as(module.name() + " healthcheck").contains(port, "/q/health/ready");
            assertThat(module.hasHealthEndpoints()).as(module.name() + " serves /q/health").isTrue();
        }
    }

    @Test
    void servicesStartOnlyOnceWhatTheyNeedIsHealthy() {
        for (ServiceModule module : ServiceModule.all()) {
            if (module.name().equals("paper-exchange")) {
                continue;
            }
            JsonNode dependsOn = services.path(module.name()).path("depends_on");
            assertThat(dependsOn.path("kafka").path("condition").asText()).isEqualTo("service_healthy");
            assertThat(dependsOn.path("create-topics").path("condition").asText())
                    .isEqualTo("service_completed_successfully");
            if (module.usesBroker()) {
                assertThat(dependsOn.path("paper-exchange").path("condition").asText()).isEqualTo("service_healthy");
            }
        }
        assertThat(services.path("create-topics").path("command").toString()).contains("create-topics");
    }

    @Test
    void brokerSwitchIsThreeVariablesAndNoSecretIsInTheFile() {
        for (ServiceModule module : ServiceModule.all()) {
            JsonNode env = services.path(module.name()).path("environment");
            if (module.usesBroker()) {
                assertThat(env.path("APCA_API_BASE_URL").asText()).startsWith("${APCA_API_BASE_URL:-");
                assertThat(env.path("APCA_API_KEY_ID").asText()).startsWith("${APCA_API_KEY_ID:-");
                assertThat(env.path("APCA_API_SECRET_KEY").asText()).startsWith("${APCA_API_SECRET_KEY:-");
                assertThat(services.path(module.name()).path("env_file").toString()).contains(".env");
            }
        }
        assertThat(ServiceModule.text(ServiceModule.ROOT.resolve(".gitignore")).lines()).contains(".env");
    }

    @Test
    void kafkaRunsInKraftModeAndPostgresIsVersion15() {
        JsonNode kafka = services.path("kafka");
        assertThat(kafka.path("image").asText()).isEqualTo("apache/kafka:4.1.1");
        assertThat(kafka.path("environment").path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(services.path("postgres").path("image").asText()).isEqualTo("postgres:15");
    }
}
