package com.tradesuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.tradesuite.ops.log.LoggedRecord;
import com.tradesuite.ops.tail.RecordLine;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.topic.TopicCatalog;

class RecordLineTest {

    private static final Instant AT = Instant.parse("2026-11-20T14:32:02Z");

    private static LoggedRecord record(byte[] value) {
        return new LoggedRecord("exit-source", 2, 41, AT, "AAPL", value,
                TopicCatalog.EXIT_SOURCE.codec().decode(value));
    }

    private static byte[] exit(BigDecimal pnl, BigDecimal r) {
        ExitAttributed payload = new ExitAttributed("e1", "b1", "c1", ExitLayer.SELLER, "trailing stop",
                OrderType.STOP, new BigDecimal("228.9300"), new BigDecimal("59"), pnl, r, BigDecimal.ZERO);
        EventEnvelope<ExitSourceEvent> envelope = EventEnvelope.withId("exit:e1", payload, "AAPL",
                "risk-manager-service", AT, "momentum:AAPL:1", "fill:e1");
        return TopicCatalog.EXIT_SOURCE.codec().encode(envelope);
    }

    @Test
    void exitLineShowsTimeSymbolLayerReasonTypeQtyPricePnlAndR() {
        String line = RecordLine.format(record(exit(new BigDecimal("123.4567"), new BigDecimal("1.254"))), false);

        assertThat(line).isEqualTo("2026-11-20T14:32:02Z AAPL   SELLER            trailing stop              "
                + "stop          59@228.93  P&L +123.46  R 1.25");
    }

    @Test
    void lossAndUnknownRiskAreShownAsSuch() {
        String line = RecordLine.format(record(exit(new BigDecimal("-60"), null)), false);

        assertThat(line).endsWith("P&L -60.00  R -");
    }

    @Test
    void jsonModePrintsTheValueAsWritten() {
        byte[] value = exit(BigDecimal.ONE, null);

        assertThat(RecordLine.format(record(value), true)).isEqualTo(new String(value, StandardCharsets.UTF_8));
    }

    @Test
    void invalidRecordsSayWhyInBothModes() {
        byte[] garbage = "{\"type\":\"Nope\",\n\"payload\":{}}".getBytes(StandardCharsets.UTF_8);

        for (boolean json : new boolean[] {false, true}) {
            assertThat(RecordLine.format(record(garbage), json))
                    .startsWith("2026-11-20T14:32:02Z AAPL   INVALID exit-source/2@41 UNKNOWN_TYPE: unknown event type")
                    .endsWith("value={\"type\":\"Nope\", \"payload\":{}}");
        }
    }

    @Test
    void emptyValueIsInvalidNotACrash() {
        assertThat(RecordLine.format(record(new byte[0]), false)).contains("INVALID", "MALFORMED_JSON");
    }
}
