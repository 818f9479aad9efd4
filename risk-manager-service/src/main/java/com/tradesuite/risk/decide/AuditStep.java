package com.tradesuite.risk.decide;

import com.tradesuite.domain.protection.ProtectionAssessment;
import com.tradesuite.domain.protection.ProtectionPlan;

/**
 * What one audit of one open position does with the protection audit's plan: a standing verdict to log when it
 * changes, or an action to log and carry out; a symbol whose own appends are not folded back yet is held back.
 *
 * @param decision the decision log's name ("protection-ok", "reprotect", ...)
 * @param standing true for a verdict that holds until something changes (logged once), false for an action
 * @param heldBack true when the state lacks this instance's last appends for the symbol: nothing is acted on
 */
public record AuditStep(String decision, String reason, boolean standing, ProtectionPlan plan, boolean heldBack) {

    /** True when the plan is carried out at the broker. */
    public boolean acts() {
        return !standing;
    }

    public static AuditStep of(ProtectionAssessment assessment, boolean awaitingOwnWrites) {
        String status = ProtectionText.describe(assessment.status());
        ProtectionPlan plan = assessment.plan();
        if (!(plan instanceof ProtectionPlan.NoAction) && awaitingOwnWrites) {
            // Acting on a state without the last plan's intent or rejection would send it again.
            return new AuditStep("protection-wait", status + "; the last plan's events are not folded yet", true, plan,
                    true);
        }
        if (plan instanceof ProtectionPlan.NoAction) {
            return verdict("protection-ok", status, plan);
        }
        if (plan instanceof ProtectionPlan.Wait wait) {
            return verdict("protection-wait", status + "; " + wait.reason(), plan);
        }
        if (plan instanceof ProtectionPlan.Backoff backoff) {
            return verdict("protection-backoff", status + "; " + backoff.reason(), plan);
        }
        if (plan instanceof ProtectionPlan.Reprotect reprotect) {
            return action("reprotect", status + "; cancel " + reprotect.cancelBrokerOrderIds() + ", then OCO "
                    + reprotect.oco().clientOrderId() + " qty " + reprotect.oco().qty().toPlainString() + " stop "
                    + reprotect.oco().stopPrice().toPlainString() + " take-profit "
                    + reprotect.oco().takeProfitLimit().toPlainString(), plan);
        }
        if (plan instanceof ProtectionPlan.CancelConflicting conflict) {
            return action("cancel-conflicting", status + "; " + conflict.reason() + ": cancel "
                    + conflict.cancelBrokerOrderIds(), plan);
        }
        return action("exit-now", ((ProtectionPlan.ExitNow) plan).exit().reason(), plan);
    }

    private static AuditStep verdict(String decision, String reason, ProtectionPlan plan) {
        return new AuditStep(decision, reason, true, plan, false);
    }

    private static AuditStep action(String decision, String reason, ProtectionPlan plan) {
        return new AuditStep(decision, reason, false, plan, false);
    }
}
