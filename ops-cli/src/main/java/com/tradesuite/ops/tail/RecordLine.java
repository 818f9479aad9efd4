package com.tradesuite.ops.tail;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.tradesuite.ops.log.LoggedRecord;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.serde.DecodeError;
import com.tradesuite.schemas.serde.DecodeResult;

/** One readable line per record: exits with layer, reason, type, qty@price, P&L and R; anything else by type; invalid records say why. */
public final class RecordLine {

    private RecordLine() {
    }

    /** The readable line, or with {@code json} the record's value as written (invalid records still say why). */
    public static String format(LoggedRecord record, boolean json) {
        if (record.decoded() instanceof DecodeResult.Invalid<?> invalid) {
            return invalid(record, invalid.error());
        }
        if (json) {
            return record.rawText();
        }
        EventEnvelope<?> envelope = ((DecodeResult.Valid<?>) record.decoded()).envelope();
        if (envelope.payload() instanceof ExitAttributed exit) {
            return exit(envelope, exit);
        }
        if (envelope.payload() instanceof OrderFilled fill) {
            return String.format("%-20s %-6s %-22s %-4s %s@%s  %s  id=%s", envelope.occurredAt(),
                    envelope.symbol(), envelope.type(), fill.side().wire(), plain(fill.qty()), plain(fill.price()),
                    fill.orderType().wire(), envelope.eventId());
        }
        return String.format("%-20s %-6s %-22s id=%s", envelope.occurredAt(), envelope.symbol(), envelope.type(),
                envelope.eventId());
    }

    static String exit(EventEnvelope<?> envelope, ExitAttributed exit) {
        return String.format("%-20s %-6s %-17s %-26s %-13s %s@%s  P&L %s  R %s", envelope.occurredAt(),
                envelope.symbol(), exit.layer(), exit.reason(), exit.orderType().wire(), plain(exit.qty()),
                plain(exit.price()), signedMoney(exit.realizedPnl()),
                exit.rMultiple() == null ? "-" : exit.rMultiple().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }

    static String invalid(LoggedRecord record, DecodeError error) {
        String raw = record.rawText().replaceAll("\\s+", " ");
        if (raw.length() > 120) {
            raw = raw.substring(0, 117) + "...";
        }
        return String.format("%-20s %-6s INVALID %s %s: %s  value=%s", record.timestamp(),
                record.key() == null ? "-" : record.key(), record.position(), error.kind(), error.reason(), raw);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String signedMoney(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_EVEN);
        return (cents.signum() > 0 ? "+" : "") + cents.toPlainString();
    }
}
