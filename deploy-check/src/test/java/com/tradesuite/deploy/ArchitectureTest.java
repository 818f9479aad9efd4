package com.tradesuite.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's architecture rules, checked against the classes of schemas, schemas-kafka, trading-domain,
 * service-runtime, shared-broker-client and the five services (this module's test dependencies).
 */
class ArchitectureTest {

    /** The five services' packages, one capture group: a package of any of them and its subpackages. */
    private static final String SERVICES = "com.tradesuite.(buyer|seller|scanner|risk|monitor)..";
    private static final String DOMAIN = "com.tradesuite.domain..";
    private static final String SCHEMAS = "com.tradesuite.schemas..";
    private static final String RUNTIME = "com.tradesuite.service..";
    private static final String BROKER_CLIENT = "com.tradesuite.broker..";
    private static final String[] HTTP = {"okhttp3..", "java.net.http.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Everything of the suite on the test class path but this module's own tests.
        classes = new ClassFileImporter()
                .withImportOption((Location location) -> !location.contains("/com/tradesuite/deploy/"))
                .importPackages("com.tradesuite");
    }

    /** Guards the rules below: with a module's classes missing from the class path they would pass on nothing. */
    @Test
    void classesOfEveryInspectedModuleAreImported() {
        assertThat(classes.stream().map(JavaClass::getPackageName).map(ArchitectureTest::topPackage).distinct())
                .contains("domain", "schemas", "service", "broker", "buyer", "seller", "scanner", "risk", "monitor");
    }

    @Test
    void domainAndServiceStateAndDecisionsAreFreeOfInfrastructure() {
        noClasses().that().resideInAnyPackage(DOMAIN,
                        "com.tradesuite.[buyer|seller|scanner|risk|monitor]..state..",
                        "com.tradesuite.[buyer|seller|scanner|risk|monitor]..decide..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "okhttp3..", "io.quarkus..",
                        "jakarta.ws.rs..", "jakarta.enterprise..", "io.smallrye..", "java.net.http..", BROKER_CLIENT)
                .because("the domain and the services' state and decisions are plain functions over events, tested "
                        + "without Kafka, HTTP, a broker or a framework; the runtime wires them to those")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheBrokerClientSpeaksHttp() {
        noClasses().that().resideInAnyPackage(SERVICES, RUNTIME, DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .because("shared-broker-client (com.tradesuite.broker) is the one client of the broker's HTTP API, "
                        + "with its rate limiting, retries and circuit breaker; everything else goes through it")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnEachOther() {
        slices().matching(SERVICES).namingSlices("$1-service")
                .should().notDependOnEachOther()
                .because("services share only events on the log, schemas, the domain and the runtime: each one is "
                        + "deployed, scaled and replayed on its own")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void domainAndSchemasDoNotDependOnTheRuntimeOrTheServices() {
        noClasses().that().resideInAnyPackage(DOMAIN, SCHEMAS)
                .should().dependOnClassesThat().resideInAnyPackage(RUNTIME, SERVICES)
                .because("the domain and the schemas are the shared core: the runtime and the services build on "
                        + "them, never the reverse")
                .allowEmptyShould(true)
                .check(classes);
    }

    private static String topPackage(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
