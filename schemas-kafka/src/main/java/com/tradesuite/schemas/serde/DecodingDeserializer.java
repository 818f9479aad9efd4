package com.tradesuite.schemas.serde;

import org.apache.kafka.common.serialization.Deserializer;

import com.tradesuite.schemas.event.Event;

/**
 * Kafka deserializer that never throws: a consumer gets a {@link DecodeResult} and routes invalid records to
 * {@code dead-letter} instead of dying on them.
 */
public final class DecodingDeserializer<E extends Event> implements Deserializer<DecodeResult<E>> {

    private final EventCodec<E> codec;

    public DecodingDeserializer(EventCodec<E> codec) {
        this.codec = codec;
    }

    @Override
    public DecodeResult<E> deserialize(String topic, byte[] data) {
        return codec.decode(data);
    }
}
