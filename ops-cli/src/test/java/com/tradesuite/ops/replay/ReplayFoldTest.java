package com.tradesuite.ops.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.tradesuite.ops.log.LoggedRecord;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.serde.DecodeResult;

/** The operator's replay folds as the services do: what the fold refuses is counted and named, never dropped. */
class ReplayFoldTest {

    private static final Instant T0 = Instant.parse("2026-11-20T14:31:00Z");

    @Test
    void givenACancelForAnOrderTheLogNeverHeld_whenReplayed_thenItIsCountedAndNamedWithItsEventId() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ReplayCommand.Fold fold = new ReplayCommand.Fold(new PrintStream(err, true, StandardCharsets.UTF_8));
        EventEnvelope<OrderCanceled> cancel = EventEnvelope.of(new OrderCanceled("b-1", "never-placed", "canceled"),
                "AAPL", "risk-manager-service", T0, "c-1", null);

        fold.accept(record(cancel));
        ReplayCommand.Replayed replayed = fold.result();

        assertThat(replayed.refusals()).containsEntry("unknown_order", 1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("refused unknown_order: event " + cancel.eventId());
        assertThat(ReplayCommand.summary(replayed, null)).contains("1 refused by the fold {unknown_order=1}");
    }

    @Test
    void givenOnlyAValidLog_whenReplayed_thenNothingIsRefused() {
        ReplayCommand.Fold fold = new ReplayCommand.Fold(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));

        assertThat(ReplayCommand.summary(fold.result(), null)).contains("0 refused by the fold;");
    }

    private static LoggedRecord record(EventEnvelope<?> envelope) {
        return new LoggedRecord("orders", 0, 0, T0, envelope.symbol(), new byte[0],
                new DecodeResult.Valid<>(envelope));
    }
}
