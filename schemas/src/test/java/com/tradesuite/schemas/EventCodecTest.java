package com.tradesuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.EventTypes;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.Regime;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.event.SignalEvent;
import com.tradesuite.schemas.serde.DecodeError;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.serde.EventCodec;
import com.tradesuite.schemas.serde.EventJson;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec<Event> anyEvent = new EventCodec<>(Event.class);

    @Test
    void samplesCoverEveryRegisteredEventType() {
        Set<String> sampled = EventSamples.payloads().stream()
                .map(event -> event.getClass().getSimpleName()).collect(Collectors.toSet());
        assertThat(sampled).isEqualTo(EventTypes.all().keySet());
    }

    @Test
    void everyEventRoundTripsThroughJsonUnchanged() {
        for (EventEnvelope<Event> envelope : EventSamples.envelopes()) {
            byte[] bytes = anyEvent.encode(envelope);

            DecodeResult<Event> decoded = anyEvent.decode(bytes);

            assertThat(decoded).as(envelope.type()).isEqualTo(new DecodeResult.Valid<>(envelope));
        }
    }

    @Test
    void everyEventTypeBelongsToExactlyOneTopic() {
        for (Class<? extends Event> type : EventTypes.all().values()) {
            List<String> topics = TopicCatalog.all().stream()
                    .filter(topic -> topic.family().isAssignableFrom(type)).map(Topic::name).toList();
            assertThat(topics).as(type.getSimpleName()).hasSize(1);
        }
    }

    @Test
    void moneyAndQuantitiesTravelAsExactStrings() throws Exception {
        EventEnvelope<Event> fill = EventSamples.envelopes().stream()
                .filter(envelope -> envelope.payload() instanceof OrderFilled).findFirst().orElseThrow();

        JsonNode json = EventJson.mapper().readTree(anyEvent.encode(fill));

        assertThat(json.at("/payload/price").isTextual()).isTrue();
        assertThat(json.at("/payload/price").asText()).isEqualTo("228.9312");
        OrderFilled decoded = (OrderFilled) ((DecodeResult.Valid<Event>) anyEvent.decode(anyEvent.encode(fill)))
                .envelope().payload();
        assertThat(decoded.price()).isEqualTo(new BigDecimal("228.9312"));
        assertThat(decoded.price().scale()).isEqualTo(4);
    }

    @Test
    void garbageBytesYieldMalformedJsonWithTheOriginalBytes() {
        byte[] garbage = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef, '{'};

        DecodeResult<Event> result = anyEvent.decode(garbage);

        assertThat(result).isInstanceOf(DecodeResult.Invalid.class);
        DecodeResult.Invalid<Event> invalid = (DecodeResult.Invalid<Event>) result;
        assertThat(invalid.error().kind()).isEqualTo(DecodeError.Kind.MALFORMED_JSON);
        assertThat(invalid.error().reason()).startsWith("not JSON");
        assertThat(invalid.bytes()).isEqualTo(garbage);
    }

    @Test
    void emptyAndNonObjectValuesAreMalformed() {
        assertThat(kindOf(anyEvent.decode(new byte[0]))).isEqualTo(DecodeError.Kind.MALFORMED_JSON);
        assertThat(kindOf(anyEvent.decode("[1,2]".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(DecodeError.Kind.MALFORMED_JSON);
    }

    @Test
    void unknownEventTypeIsNamedInTheReason() {
        String json = """
                {"eventId":"e1","type":"PositionTeleported","schemaVersion":1,"occurredAt":"2026-11-20T14:31:00Z",
                 "symbol":"AAPL","source":"x","payload":{}}""";

        DecodeResult<Event> result = anyEvent.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(kindOf(result)).isEqualTo(DecodeError.Kind.UNKNOWN_TYPE);
        assertThat(reasonOf(result)).contains("PositionTeleported");
    }

    @Test
    void anEventOnTheWrongTopicIsRejected() {
        EventEnvelope<Event> fill = EventSamples.envelopes().stream()
                .filter(envelope -> envelope.payload() instanceof OrderFilled).findFirst().orElseThrow();

        DecodeResult<OrderEvent> result = new EventCodec<>(OrderEvent.class).decode(anyEvent.encode(fill));

        assertThat(kindOf(result)).isEqualTo(DecodeError.Kind.WRONG_TOPIC);
        assertThat(reasonOf(result)).contains("OrderFilled").contains("OrderEvent");
    }

    @Test
    void aPayloadBreakingItsRulesIsInvalidWithTheRuleInTheReason() {
        String json = """
                {"eventId":"e1","type":"OrderFilled","schemaVersion":1,"occurredAt":"2026-11-20T14:31:00Z",
                 "symbol":"AAPL","source":"x","payload":{"executionId":"x1","brokerOrderId":"b1",
                 "clientOrderId":"c1","side":"buy","orderType":"market","qty":"-5","price":"10",
                 "cumulativeQty":"5","orderQty":"5","partial":false,"positionQtyAfter":"5",
                 "filledAt":"2026-11-20T14:31:00Z"}}""";

        DecodeResult<Event> result = anyEvent.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(kindOf(result)).isEqualTo(DecodeError.Kind.INVALID_PAYLOAD);
        assertThat(reasonOf(result)).contains("qty must be positive");
    }

    @Test
    void anEnvelopeWithoutSymbolIsInvalid() {
        String json = """
                {"eventId":"e1","type":"CooldownCleared","schemaVersion":1,"occurredAt":"2026-11-20T14:31:00Z",
                 "source":"x","payload":{"reason":"manual"}}""";

        DecodeResult<Event> result = anyEvent.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(kindOf(result)).isEqualTo(DecodeError.Kind.INVALID_ENVELOPE);
        assertThat(reasonOf(result)).contains("symbol is required");
    }

    @Test
    void anEntrySignalWrittenBySchemaVersionOneStillReadsWithFullConfidence() throws Exception {
        byte[] v1 = getClass().getResourceAsStream("/fixtures/EntrySignalled-v1.json").readAllBytes();

        DecodeResult<SignalEvent> result = new EventCodec<>(SignalEvent.class).decode(v1);

        assertThat(result).isInstanceOf(DecodeResult.Valid.class);
        EventEnvelope<SignalEvent> envelope = ((DecodeResult.Valid<SignalEvent>) result).envelope();
        assertThat(envelope.schemaVersion()).isEqualTo(1);
        EntrySignalled signal = (EntrySignalled) envelope.payload();
        assertThat(signal.confidence()).isEqualByComparingTo("1");
        assertThat(signal.suggestedStop()).isEqualTo(new BigDecimal("226.40"));
    }

    @Test
    void givenAnEntrySignalOfSchemaVersionTwo_whenDecoded_thenItReadsAsTheNormalRegime() throws Exception {
        byte[] v2 = getClass().getResourceAsStream("/fixtures/EntrySignalled-v2.json").readAllBytes();

        DecodeResult<SignalEvent> result = new EventCodec<>(SignalEvent.class).decode(v2);

        assertThat(result).isInstanceOf(DecodeResult.Valid.class);
        EntrySignalled signal = (EntrySignalled) ((DecodeResult.Valid<SignalEvent>) result).envelope().payload();
        assertThat(signal.regime()).isEqualTo(Regime.NORMAL);
        assertThat(signal.confidence()).isEqualByComparingTo("0.8");
    }

    @Test
    void givenAChoppySignal_whenEncodedAndDecoded_thenTheRegimeSurvives() {
        EntrySignalled choppy = new EntrySignalled("momentum:AAPL:2026-11-19T15:01:00Z", "momentum", Side.BUY,
                Instant.parse("2026-11-19T15:01:00Z"), new BigDecimal("228.90"), new BigDecimal("226.40"),
                new BigDecimal("233.90"), new BigDecimal("1.25"), BigDecimal.ONE).withRegime(Regime.CHOPPY);
        EventEnvelope<SignalEvent> envelope = EventEnvelope.withId("signal:x", choppy, "AAPL", "scanner-service",
                Instant.parse("2026-11-19T15:02:00Z"), null, null);
        EventCodec<SignalEvent> codec = new EventCodec<>(SignalEvent.class);

        DecodeResult<SignalEvent> result = codec.decode(codec.encode(envelope));

        assertThat(((EntrySignalled) ((DecodeResult.Valid<SignalEvent>) result).envelope().payload()).regime())
                .isEqualTo(Regime.CHOPPY);
        assertThat(new String(codec.encode(envelope), StandardCharsets.UTF_8)).contains("\"regime\":\"CHOPPY\"");
    }

    @Test
    void fieldsAddedByANewerWriterAreIgnored() {
        String json = """
                {"eventId":"e1","type":"CooldownCleared","schemaVersion":1,"occurredAt":"2026-11-20T14:31:00Z",
                 "symbol":"AAPL","source":"x","tenant":"t1","payload":{"reason":"manual","operator":"ana"}}""";

        assertThat(anyEvent.decode(json.getBytes(StandardCharsets.UTF_8)).isValid()).isTrue();
    }

    private static DecodeError.Kind kindOf(DecodeResult<?> result) {
        assertThat(result).isInstanceOf(DecodeResult.Invalid.class);
        return ((DecodeResult.Invalid<?>) result).error().kind();
    }

    private static String reasonOf(DecodeResult<?> result) {
        return ((DecodeResult.Invalid<?>) result).error().reason();
    }
}
