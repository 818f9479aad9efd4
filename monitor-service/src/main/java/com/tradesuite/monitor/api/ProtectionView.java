package com.tradesuite.monitor.api;

import com.tradesuite.domain.protection.ProtectionSummary;

/** The report's protection line, e.g. "2 protected, 0 FAILED", with its counts. */
public record ProtectionView(int protectedCount, int unprotectedCount, int conflictingCount, String line) {

    public static ProtectionView of(ProtectionSummary summary) {
        return new ProtectionView(summary.protectedCount(), summary.unprotectedCount(), summary.conflictingCount(),
                summary.describe());
    }
}
