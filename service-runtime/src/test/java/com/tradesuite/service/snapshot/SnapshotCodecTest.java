package com.tradesuite.service.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import com.tradesuite.domain.TradingState;

/** A snapshot reads back as written; corrupt bytes, another fold version and foreign classes are refused. */
class SnapshotCodecTest {

    private static final List<String> INPUTS = List.of("orders", "fills");
    private static final SnapshotHeader HEADER = new SnapshotHeader(3, 6, 2, Map.of("orders", 120L, "fills", 40L));
    private static final Map<TopicPartition, Long> ENDS = Map.of(
            new TopicPartition("orders", 2), 500L, new TopicPartition("fills", 2), 41L);

    @Test
    void aSnapshotRoundTripsWithItsHeaderAndSlice() throws Exception {
        LinkedHashMap<String, Serializable> slice = new LinkedHashMap<>();
        slice.put("trading", TradingState.empty());
        slice.put("ids", new ArrayList<>(List.of("fill:1", "order:2")));

        SnapshotCodec.Decoded decoded = SnapshotCodec.decode(SnapshotCodec.encode(HEADER, slice));

        assertThat(decoded.header()).isEqualTo(HEADER);
        assertThat(decoded.slice()).isEqualTo(slice);
        assertThat(decoded.header().tailStarts(3, 2, INPUTS, 6, ENDS)).isEqualTo(Map.of(
                new TopicPartition("orders", 2), 120L, new TopicPartition("fills", 2), 40L));
    }

    @Test
    void aFlippedByteFailsTheCrcAndTheSnapshotIsUnusable() {
        byte[] bytes = SnapshotCodec.encode(HEADER, new ArrayList<>(List.of("x")));
        bytes[bytes.length / 2] ^= 0x01;

        assertThatThrownBy(() -> SnapshotCodec.decode(bytes))
                .isInstanceOfSatisfying(UnusableSnapshotException.class,
                        e -> assertThat(e.reason()).isEqualTo("corrupt"))
                .hasMessageContaining("CRC");
    }

    @Test
    void bytesThatAreNoSnapshotAtAllAreUnusable() {
        assertThatThrownBy(() -> SnapshotCodec.decode("{\"not\":\"a snapshot\"}".getBytes()))
                .isInstanceOfSatisfying(UnusableSnapshotException.class,
                        e -> assertThat(e.reason()).isEqualTo("corrupt"));
    }

    @Test
    void anotherFoldVersionOrPartitionCountMeansAFullReplay() throws Exception {
        SnapshotHeader read = SnapshotCodec.decode(SnapshotCodec.encode(HEADER, "x")).header();

        assertThatThrownBy(() -> read.tailStarts(4, 2, INPUTS, 6, ENDS))
                .isInstanceOfSatisfying(UnusableSnapshotException.class,
                        e -> assertThat(e.reason()).isEqualTo("fold_version"))
                .hasMessageContaining("fold version 3").hasMessageContaining("version 4");
        assertThatThrownBy(() -> read.tailStarts(3, 2, INPUTS, 12, ENDS))
                .isInstanceOfSatisfying(UnusableSnapshotException.class,
                        e -> assertThat(e.reason()).isEqualTo("partition_count"));
    }

    @Test
    void aSnapshotCoveringMoreThanTheLogHoldsOrOtherInputsIsUnusable() throws Exception {
        SnapshotHeader read = SnapshotCodec.decode(SnapshotCodec.encode(HEADER, "x")).header();

        assertThatThrownBy(() -> read.tailStarts(3, 2, INPUTS, 6, Map.of(
                new TopicPartition("orders", 2), 100L, new TopicPartition("fills", 2), 41L)))
                .isInstanceOfSatisfying(UnusableSnapshotException.class,
                        e -> assertThat(e.reason()).isEqualTo("offsets_beyond_log"));
        assertThatThrownBy(() -> read.tailStarts(3, 2, List.of("orders", "fills", "signals"), 6, ENDS))
                .isInstanceOfSatisfying(UnusableSnapshotException.class,
                        e -> assertThat(e.reason()).isEqualTo("inputs_changed"));
    }

    @Test
    void aClassOutsideTheAllowListIsRejectedBeforeItIsBuilt() throws Exception {
        // javax.management is on every JDK, serialisable, and neither java.** nor com.tradesuite.**
        Serializable foreign = new javax.management.Attribute("name", "value");
        SnapshotCodec.Decoded decoded = SnapshotCodec.decode(SnapshotCodec.encode(HEADER, foreign));

        assertThatThrownBy(decoded::slice)
                .isInstanceOfSatisfying(UnusableSnapshotException.class,
                        e -> assertThat(e.reason()).isEqualTo("class_rejected"));
    }
}
