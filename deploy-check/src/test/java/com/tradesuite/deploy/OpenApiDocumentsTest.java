package com.tradesuite.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * What the deployed builds serve at /q/openapi, from the code: the services' ITs see the test profile only, so a
 * {@code %prod} switch turning the document or Swagger UI off, or an exchange grown JAX-RS resources, shows here.
 */
class OpenApiDocumentsTest {

    private static final Path SERVICE_RUNTIME = ServiceModule.ROOT.resolve("service-runtime");

    @Test
    void serviceRuntimeBringsTheExtensionAndKeepsSwaggerUiInTheProdBuild() {
        assertThat(ServiceModule.text(SERVICE_RUNTIME.resolve("pom.xml")))
                .contains("<artifactId>quarkus-smallrye-openapi</artifactId>");
        Properties shared = properties(ServiceModule.SHARED_DEFAULTS);
        assertThat(shared.getProperty("quarkus.swagger-ui.always-include")).isEqualTo("true");
        assertNothingSwitchedOff("service-runtime", shared);
    }

    @Test
    void everyServiceGetsItAndNamesItsDocumentAfterItself() {
        for (String name : ServiceModule.NAMES) {
            if (name.equals("paper-exchange")) {
                continue;
            }
            Path module = ServiceModule.ROOT.resolve(name);
            assertThat(ServiceModule.text(module.resolve("pom.xml"))).as(name + " depends on service-runtime")
                    .contains("<artifactId>service-runtime</artifactId>");
            Properties own = properties(module.resolve("src/main/resources/application.properties"));
            assertThat(own.getProperty("quarkus.smallrye-openapi.info-title")).as(name + " title").isEqualTo(name);
            assertThat(own.getProperty("quarkus.smallrye-openapi.info-description")).as(name + " description")
                    .isNotBlank();
            assertNothingSwitchedOff(name, own);
        }
    }

    @Test
    void theExchangeServesNoJaxRsResourcesForADocumentToDescribe() {
        // Its Alpaca API is Vert.x Web routes, which the extension does not scan; JAX-RS here would need a document.
        assertThat(ServiceModule.text(ServiceModule.ROOT.resolve("paper-exchange/pom.xml")))
                .doesNotContain("<artifactId>quarkus-rest", "<artifactId>quarkus-resteasy");
    }

    /** No profile of these properties turns the document or Swagger UI off. */
    private static void assertNothingSwitchedOff(String name, Properties properties) {
        for (String key : properties.stringPropertyNames()) {
            String unprofiled = key.replaceFirst("^%[^.]+\\.", "");
            if (unprofiled.equals("quarkus.smallrye-openapi.enable") || unprofiled.equals("quarkus.swagger-ui.enable")
                    || unprofiled.equals("quarkus.swagger-ui.always-include")) {
                assertThat(properties.getProperty(key)).as(name + ": " + key).isNotEqualToIgnoringCase("false");
            }
        }
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(ServiceModule.text(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
