package com.tradesuite.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.tradesuite.schemas.EventSamples;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;

/** The one-pass decoding returns exactly what the thorough one does, and leaves anything unusual to it. */
class StreamingDecodeTest {

    private final EventCodec<Event> codec = new EventCodec<>(Event.class);

    @Test
    void everySampleDecodesInOnePassToTheSameEnvelopeAsTheTreeDecoding() {
        for (EventEnvelope<Event> envelope : EventSamples.envelopes()) {
            byte[] bytes = codec.encode(envelope);

            EventEnvelope<Event> fast = StreamingDecode.tryDecode(EventJson.mapper(), bytes, Event.class);

            assertThat(fast).as(envelope.type()).isEqualTo(envelope);
            assertThat(new DecodeResult.Valid<>(fast)).isEqualTo(codec.decodeAsTree(bytes));
        }
    }

    @Test
    void aPayloadWrittenBeforeItsTypeIsLeftToTheTreeDecodingWhichStillReadsIt() {
        EventEnvelope<Event> envelope = EventSamples.envelopes().get(0);
        String json = new String(codec.encode(envelope), StandardCharsets.UTF_8);
        int payloadAt = json.indexOf(",\"payload\":");
        String reordered = "{" + json.substring(payloadAt + 1, json.length() - 1) + "," + json.substring(1, payloadAt)
                + "}";
        byte[] bytes = reordered.getBytes(StandardCharsets.UTF_8);

        assertThat(StreamingDecode.tryDecode(EventJson.mapper(), bytes, Event.class)).isNull();
        assertThat(codec.decode(bytes)).isEqualTo(new DecodeResult.Valid<>(envelope));
    }

    @Test
    void invalidBytesAreLeftToTheTreeDecodingForTheirReason() {
        byte[] garbage = "{\"type\":\"NoSuchEvent\",\"payload\":{}}".getBytes(StandardCharsets.UTF_8);

        assertThat(StreamingDecode.tryDecode(EventJson.mapper(), garbage, Event.class)).isNull();
        assertThat(codec.decode(garbage)).isInstanceOf(DecodeResult.Invalid.class);
    }
}
