package com.tradesuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.EventTypes;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.serde.EventCodec;
import com.tradesuite.schemas.serde.EventJson;
import org.junit.jupiter.api.Test;

/** Holds every event record against its published JSON Schema (schemas/&lt;Type&gt;.schema.json on the classpath). */
class EventSchemaTest {

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final EventCodec<Event> codec = new EventCodec<>(Event.class);

    @Test
    void everyEventTypeHasASchemaOnTheClasspath() {
        for (String type : EventTypes.all().keySet()) {
            assertThat(getClass().getResource("/schemas/" + type + ".schema.json")).as(type).isNotNull();
        }
    }

    @Test
    void everySerialisedEventValidatesAgainstItsSchema() throws Exception {
        for (EventEnvelope<Event> envelope : EventSamples.envelopes()) {
            JsonNode json = EventJson.mapper().readTree(codec.encode(envelope));

            Set<ValidationMessage> errors = schemaFor(envelope.type()).validate(json);

            assertThat(errors).as(envelope.type()).isEmpty();
        }
    }

    @Test
    void theSchemasRejectAnEventMissingARequiredField() throws Exception {
        for (EventEnvelope<Event> envelope : EventSamples.envelopes()) {
            ObjectNode json = (ObjectNode) EventJson.mapper().readTree(codec.encode(envelope));
            json.remove("symbol");

            assertThat(schemaFor(envelope.type()).validate(json)).as(envelope.type()).isNotEmpty();
        }
    }

    @Test
    void theSchemasRejectMoneyWrittenAsAFloatingPointNumber() throws Exception {
        EventEnvelope<Event> fill = EventSamples.envelopes().stream()
                .filter(envelope -> envelope.type().equals("OrderFilled")).findFirst().orElseThrow();
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(codec.encode(fill));
        ((ObjectNode) json.get("payload")).put("price", 228.9312d);

        assertThat(schemaFor("OrderFilled").validate(json)).isNotEmpty();
    }

    @Test
    void givenEveryOrderPurpose_whenAnIntentCarriesIt_thenEachOrderSchemaAcceptsIt() throws Exception {
        EventEnvelope<Event> intent = EventSamples.envelopes().stream()
                .filter(envelope -> envelope.type().equals("OrderIntentRecorded")).findFirst().orElseThrow();
        for (String type : List.of("OrderIntentRecorded", "OrderCancelRequested", "OrderReplaceRequested")) {
            JsonSchema schema = schemaFor(type);
            JsonNode purposes = schema.getSchemaNode().at("/properties/payload/properties/purpose/enum");
            for (OrderPurpose purpose : OrderPurpose.values()) {
                assertThat(purposes.toString()).as(type + " purpose enum").contains("\"" + purpose.name() + "\"");
            }
        }
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(codec.encode(intent));
        ((ObjectNode) json.get("payload")).put("purpose", OrderPurpose.MARKET_CLOSE.name());

        assertThat(schemaFor("OrderIntentRecorded").validate(json)).isEmpty();
    }

    @Test
    void theOlderSchemaVersionFixtureStillValidates() throws Exception {
        JsonNode v1 = EventJson.mapper().readTree(getClass().getResourceAsStream("/fixtures/EntrySignalled-v1.json"));

        assertThat(schemaFor("EntrySignalled").validate(v1)).isEmpty();
        JsonNode v2 = EventJson.mapper().readTree(getClass().getResourceAsStream("/fixtures/EntrySignalled-v2.json"));
        assertThat(schemaFor("EntrySignalled").validate(v2)).isEmpty();
    }

    @Test
    void givenAnUnknownRegime_whenValidated_thenTheSchemaRejectsIt() throws Exception {
        ObjectNode v2 = (ObjectNode) EventJson.mapper()
                .readTree(getClass().getResourceAsStream("/fixtures/EntrySignalled-v2.json"));
        ((ObjectNode) v2.get("payload")).put("regime", "SIDEWAYS");

        assertThat(schemaFor("EntrySignalled").validate(v2)).isNotEmpty();
    }

    private JsonSchema schemaFor(String type) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/schemas/" + type + ".schema.json")) {
            assertThat(in).as("schema of " + type).isNotNull();
            return factory.getSchema(in, SchemaValidatorsConfig.builder().build());
        }
    }
}
