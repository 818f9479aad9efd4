package com.tradesuite.risk.decide;

import com.tradesuite.domain.protection.ProtectionStatus;

/** A protection status in words, for the decision log and GET /protection. */
public final class ProtectionText {

    private ProtectionText() {
    }

    public static String describe(ProtectionStatus status) {
        if (status instanceof ProtectionStatus.Protected covered) {
            return "live stops cover " + covered.stopQty().toPlainString() + " of "
                    + covered.positionQty().toPlainString() + " shares";
        }
        if (status instanceof ProtectionStatus.Unprotected gap) {
            return gap.reason();
        }
        if (status instanceof ProtectionStatus.ConflictingExits conflict) {
            return conflict.reason();
        }
        return "flat";
    }
}
