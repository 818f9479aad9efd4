package com.tradesuite.paperexchange.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.Set;

/**
 * Alpaca's OpenAPI documents (copied into src/test/resources/alpaca) as JSON Schema: the schema of a path's
 * response, with $refs into components/schemas resolved inside the same document.
 */
final class AlpacaSpec {

    static final String TRADING = "classpath:alpaca/trading-api.json";
    static final String MARKET_DATA = "classpath:alpaca/market-data-api.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().build();

    private AlpacaSpec() {
    }

    /** The schema of {@code method path}'s {@code status} response in {@code document}. */
    static JsonSchema response(String document, String path, String method, int status) {
        String pointer = "/paths/" + escape(path) + "/" + method + "/responses/" + status
                + "/content/application~1json/schema";
        return FACTORY.getSchema(SchemaLocation.of(document + "#" + pointer), CONFIG);
    }

    static Set<ValidationMessage> validate(JsonSchema schema, JsonNode body) {
        return schema.validate(body);
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
