package com.tradesuite.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What every service's OpenAPI document ({@code /q/openapi}) must say: the service's own title, the build's version,
 * and exactly its REST endpoints, the shared {@code GET /state} and {@code GET /state/progress} plus its own, each
 * with its method, response codes and media types. An endpoint removed, moved or added without being listed here
 * fails the check. Each service module extends this in a {@code @QuarkusTest} on the shared embedded broker.
 */
public abstract class ServiceOpenApiContract {

    private static final String JSON = "application/json";

    /**
     * One documented operation: method (lower case, as OpenAPI keys it), path, and media type per response code (a
     * response offered in several media types lists them separated by commas, e.g. "application/json,text/html").
     */
    public record Endpoint(String method, String path, Map<String, String> mediaTypeByCode) {
    }

    /** service-runtime's endpoints, served by every service. */
    static final List<Endpoint> SHARED = List.of(
            new Endpoint("get", "/state", Map.of("200", JSON, "503", JSON)),
            new Endpoint("get", "/state/progress", Map.of("200", JSON)));

    private final String title;
    private final List<Endpoint> ownEndpoints;

    /**
     * @param title        the service's {@code quarkus.smallrye-openapi.info-title}
     * @param ownEndpoints the service's own endpoints (its api/ resources); none when it serves only the shared ones
     */
    protected ServiceOpenApiContract(String title, Endpoint... ownEndpoints) {
        this.title = title;
        this.ownEndpoints = List.of(ownEndpoints);
    }

    /** The service's OpenAPI document as JSON. */
    protected static JsonPath openApi() {
        return given().accept(ContentType.JSON).queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    @Test
    void namesTheServiceAndTheBuildVersion() {
        JsonPath doc = openApi();

        assertThat(doc.getString("info.title")).isEqualTo(title);
        assertThat(doc.getString("info.version"))
                .isEqualTo(ConfigProvider.getConfig().getValue("quarkus.application.version", String.class));
        assertThat(doc.getString("info.description")).isNotBlank();
    }

    @Test
    void documentsExactlyTheServicesEndpointsWithTheirMethods() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (Endpoint endpoint : endpoints()) {
            expected.computeIfAbsent(endpoint.path(), p -> new TreeSet<>()).add(endpoint.method());
        }

        Map<String, Map<String, Object>> paths = openApi().getMap("paths");
        Map<String, Set<String>> documented = new TreeMap<>();
        // Only the HTTP methods: a path item may also carry shared parameters or a summary.
        Set<String> methods = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
        paths.forEach((path, item) -> documented.put(path,
                item.keySet().stream().filter(methods::contains).collect(Collectors.toCollection(TreeSet::new))));

        assertThat(documented).isEqualTo(expected);
    }

    @Test
    void documentsEachEndpointsResponseCodesMediaTypesAndSummary() {
        JsonPath doc = openApi();
        for (Endpoint endpoint : endpoints()) {
            Map<String, Object> operation = doc.getMap("paths.'" + endpoint.path() + "'." + endpoint.method());
            String name = endpoint.method().toUpperCase(Locale.ROOT) + " " + endpoint.path();
            assertThat(operation).as(name).isNotNull();
            assertThat((String) operation.get("summary")).as(name + " summary").isNotBlank();

            Map<String, Map<String, Object>> responses = doc.getMap(
                    "paths.'" + endpoint.path() + "'." + endpoint.method() + ".responses");
            Map<String, Set<String>> mediaTypes = new TreeMap<>();
            responses.forEach((code, response) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> content = (Map<String, Object>) response.getOrDefault("content", Map.of());
                mediaTypes.put(code, new TreeSet<>(content.keySet()));
                assertThat((String) response.get("description")).as(name + " " + code + " description").isNotBlank();
            });
            Map<String, Set<String>> expected = new TreeMap<>();
            endpoint.mediaTypeByCode().forEach((code, type) -> expected.put(code, Set.of(type.split(","))));
            assertThat(mediaTypes).as(name + " responses").isEqualTo(expected);
        }
    }

    private List<Endpoint> endpoints() {
        return Stream.concat(SHARED.stream(), ownEndpoints.stream()).toList();
    }

    /** The property names of a response's schema, with a {@code $ref} to the components followed. */
    protected static Set<String> responseProperties(String method, String path, String code, String mediaType) {
        JsonPath doc = openApi();
        String schema = "paths.'" + path + "'." + method + ".responses.'" + code + "'.content.'" + mediaType
                + "'.schema";
        String ref = doc.getString(schema + ".$ref");
        if (ref != null && ref.startsWith("#/components/schemas/")) {
            schema = "components.schemas." + ref.substring("#/components/schemas/".length());
        }
        Map<String, Object> properties = doc.getMap(schema + ".properties");
        return properties == null ? Set.of() : new TreeSet<>(properties.keySet());
    }
}
