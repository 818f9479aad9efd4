package com.tradesuite.domain.protection;

import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.position.PositionBook;

/** The protection line of the report: how many open positions are protected and how many FAILED (are not). */
public record ProtectionSummary(int protectedCount, int unprotectedCount, int conflictingCount) {

    public static ProtectionSummary of(PositionBook positions, OrderBook orders, ProtectionAudit audit) {
        int ok = 0;
        int gaps = 0;
        int conflicts = 0;
        for (Position position : positions.openPositions()) {
            ProtectionStatus status = audit.status(position, orders);
            if (status instanceof ProtectionStatus.ConflictingExits) {
                conflicts++;
            } else if (status.isProtected()) {
                ok++;
            } else {
                gaps++;
            }
        }
        return new ProtectionSummary(ok, gaps, conflicts);
    }

    /** The seeds' status line, e.g. "3 protected, 0 FAILED" (conflicts named only when there are any). */
    public String describe() {
        String line = protectedCount + " protected, " + unprotectedCount + " FAILED";
        return conflictingCount == 0 ? line : line + ", " + conflictingCount + " with conflicting exits";
    }
}
