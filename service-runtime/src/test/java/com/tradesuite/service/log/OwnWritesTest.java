package com.tradesuite.service.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tradesuite.schemas.event.CooldownCleared;
import com.tradesuite.schemas.event.EventEnvelope;

class OwnWritesTest {

    private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");

    @Test
    void given_an_append_to_a_read_topic_its_copy_is_awaited_once_then_forgotten() {
        OwnWrites writes = new OwnWrites(Set.of("cooldowns"));
        EventEnvelope<CooldownCleared> cleared = cleared("c-1", "AAPL");

        writes.appending("cooldowns", cleared);

        assertTrue(writes.isAwaited("c-1"));
        assertTrue(writes.awaits("AAPL"));
        writes.arrived("c-1");
        assertFalse(writes.isAwaited("c-1"));
        assertFalse(writes.awaits("AAPL"));
        assertEquals(0, writes.size());
    }

    @Test
    void the_same_id_appended_twice_echoes_twice() {
        OwnWrites writes = new OwnWrites(Set.of("cooldowns"));
        EventEnvelope<CooldownCleared> cleared = cleared("c-1", "AAPL");
        writes.appending("cooldowns", cleared);
        writes.appending("cooldowns", cleared);

        writes.arrived("c-1");

        assertTrue(writes.isAwaited("c-1"));
        assertTrue(writes.awaits("AAPL"));
        writes.arrived("c-1");
        assertFalse(writes.awaits("AAPL"));
    }

    @Test
    void writes_to_unread_topics_and_failed_appends_are_not_kept() {
        OwnWrites writes = new OwnWrites(Set.of("cooldowns"));

        writes.appending("exit-source", cleared("x-1", "AAPL"));
        writes.appending("cooldowns", cleared("c-2", "MSFT"));
        writes.notAppended("cooldowns", cleared("c-2", "MSFT"));

        assertEquals(0, writes.size());
        assertFalse(writes.awaits("AAPL"));
        assertFalse(writes.awaits("MSFT"));
    }

    private static EventEnvelope<CooldownCleared> cleared(String eventId, String symbol) {
        return EventEnvelope.withId(eventId, new CooldownCleared("expired"), symbol, "seller-service", AT, null, null);
    }
}
