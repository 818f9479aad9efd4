package com.tradesuite.domain.entry;

import java.math.BigDecimal;

import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** The buyer's answer to one entry signal: a sized bracket entry, or a decline naming the failed check. */
public sealed interface EntryDecision {

    /**
     * Enter with a bracket.
     *
     * @param clientOrderId deterministic, derived from the signalId
     * @param limitPrice the entry limit for a LIMIT entry, else null
     * @param sizing how stop and size were set (a widened stop, the cap that cut the size), for the decision line
     */
    record Accepted(String signalId, String clientOrderId, BigDecimal qty, OrderType entryType, BigDecimal limitPrice,
                    BigDecimal takeProfitPrice, BigDecimal stopLossPrice, BigDecimal riskPerShare,
                    BigDecimal riskBudget, String sizing) implements EntryDecision {

        /** The write-ahead intent; its envelope should carry the signalId as correlationId. */
        public OrderIntentRecorded toIntent() {
            return new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY, Side.BUY, entryType, OrderClass.BRACKET,
                    qty, limitPrice, null, takeProfitPrice, stopLossPrice, "gtc", "signal " + signalId);
        }
    }

    record Rejected(String signalId, EntryCheck check, String reason) implements EntryDecision {

        /** The decline for {@code orders}, so a restarted buyer knows the signal is done. */
        public EntryDeclined toEvent() {
            return new EntryDeclined(signalId, check.name(), reason);
        }
    }
}
