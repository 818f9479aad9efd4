package com.tradesuite.domain.protection;

import java.math.BigDecimal;
import java.util.List;

/** Whether an open position has a live stop for its full quantity, and if not, why not. */
public sealed interface ProtectionStatus {

    /** No open position: nothing to protect. */
    record Flat() implements ProtectionStatus {
    }

    /** Live stops cover at least the whole position. */
    record Protected(BigDecimal positionQty, BigDecimal stopQty) implements ProtectionStatus {
    }

    /** The live stops fall short by {@code missingQty}. */
    record Unprotected(String reason, BigDecimal missingQty) implements ProtectionStatus {
    }

    /** More than one independent exit (beyond one bracket's legs or one OCO pair) is live for the position. */
    record ConflictingExits(String reason, List<String> clientOrderIds) implements ProtectionStatus {
    }

    default boolean isProtected() {
        return this instanceof Protected || this instanceof Flat;
    }
}
