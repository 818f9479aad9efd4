package com.tradesuite.scanner.decide;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.tradesuite.scanner.source.SourceBar;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventDeadLettered;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitSignalled;
import com.tradesuite.schemas.serde.DeadLetters;
import com.tradesuite.schemas.serde.DecodeError;

/**
 * The scanner's envelopes with deterministic ids: {@code bar:<symbol>:<barStart>} at the bar's end,
 * {@code signal:<signalId>} correlated by the signal id, {@code dlq:<source>:<symbol>:<barStart|line>}.
 */
public final class ScannerEvents {

    private ScannerEvents() {
    }

    public static EventEnvelope<BarClosed> bar(String symbol, BarClosed bar, Duration barLength, String source) {
        return EventEnvelope.withId(barId(symbol, bar), bar, symbol, source, bar.barStart().plus(barLength), null,
                null);
    }

    static String barId(String symbol, BarClosed bar) {
        return "bar:" + symbol + ":" + bar.barStart();
    }

    public static EventEnvelope<EntrySignalled> signal(String symbol, EntrySignalled signal,
                                                       EventEnvelope<BarClosed> bar) {
        return EventEnvelope.withId("signal:" + signal.signalId(), signal, symbol, bar.source(), bar.occurredAt(),
                signal.signalId(), bar.eventId());
    }

    /** An exit signal at the bar's end, correlated by its own signal id. */
    public static EventEnvelope<ExitSignalled> exitSignal(String symbol, ExitSignalled signal,
                                                          EventEnvelope<BarClosed> bar) {
        return EventEnvelope.withId("signal:" + signal.signalId(), signal, symbol, bar.source(), bar.occurredAt(),
                signal.signalId(), bar.eventId());
    }

    /** The dead letter of a source bar, stamped {@code at} (when it was found bad). */
    public static EventEnvelope<EventDeadLettered> invalid(SourceBar bar, String reason, String sourceName,
                                                           String service, Instant at) {
        String symbol = bar.symbol() == null || bar.symbol().isBlank() ? DeadLetters.UNKNOWN_SYMBOL : bar.symbol();
        String where = bar.start() != null ? bar.start().toString() : "line-" + bar.position();
        String raw = bar.raw() == null ? "" : bar.raw();
        EventDeadLettered letter = new EventDeadLettered(sourceName, -1, bar.position(), symbol,
                Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8)),
                DecodeError.Kind.INVALID_PAYLOAD.name(), reason);
        return EventEnvelope.withId("dlq:" + sourceName + ":" + symbol + ":" + where, letter, symbol, service, at,
                null, null);
    }
}
