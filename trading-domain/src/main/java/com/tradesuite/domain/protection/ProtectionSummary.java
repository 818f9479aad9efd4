package com.tradesuite.domain.protection;

import java.io.Serializable;

import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.position.PositionBook;

/** The protection line of the report: how many open positions are protected and how many FAILED (are not). */
public record ProtectionSummary(int protectedCount, int unprotectedCount, int conflictingCount)
        implements Serializable {

    public static final ProtectionSummary NONE = new ProtectionSummary(0, 0, 0);

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

    /** The counts of both summaries together (e.g. of two sets of symbols). */
    public ProtectionSummary plus(ProtectionSummary other) {
        return new ProtectionSummary(protectedCount + other.protectedCount, unprotectedCount + other.unprotectedCount,
                conflictingCount + other.conflictingCount);
    }

    /** The seeds' status line, e.g. "3 protected, 0 FAILED" (conflicts named only when there are any). */
    public String describe() {
        String line = protectedCount + " protected, " + unprotectedCount + " FAILED";
        return conflictingCount == 0 ? line : line + ", " + conflictingCount + " with conflicting exits";
    }
}
