package com.tradesuite.domain.protection;

import java.time.Instant;
import java.util.List;

import com.tradesuite.domain.exit.MarketExitPlan;

/** What the risk manager does about a position's protection; cancels always come first, then the new order. */
public sealed interface ProtectionPlan {

    /** Protected (or flat): nothing to do. */
    record NoAction(String reason) implements ProtectionPlan {
    }

    /** Something must be done, but another intent is in flight and still within its grace. */
    record Wait(String reason) implements ProtectionPlan {
    }

    /**
     * The last re-protections of this position failed: the next one (same id family, next attempt) waits until
     * {@code retryAt}, each failure doubling the wait up to a cap, so a refusing broker is not hammered.
     */
    record Backoff(int failures, Instant retryAt, String reason) implements ProtectionPlan {
    }

    /** Cancel the orders holding the shares (broker ids), then submit the OCO. */
    record Reprotect(List<String> cancelBrokerOrderIds, OcoExitPlan oco) implements ProtectionPlan {
        public Reprotect {
            cancelBrokerOrderIds = List.copyOf(cancelBrokerOrderIds);
        }
    }

    /** Two exits are live: cancel the extra ones, keep the covering exit of the highest layer. */
    record CancelConflicting(List<String> cancelBrokerOrderIds, String reason) implements ProtectionPlan {
        public CancelConflicting {
            cancelBrokerOrderIds = List.copyOf(cancelBrokerOrderIds);
        }
    }

    /** The price is already through the stop: a stop can no longer be placed, so leave at market. */
    record ExitNow(MarketExitPlan exit) implements ProtectionPlan {
    }
}
