package com.tradesuite.risk.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.protection.ProtectionAssessment;
import com.tradesuite.domain.protection.ProtectionPlan;
import com.tradesuite.domain.protection.ProtectionStatus;

/** The audit's plan for one position as a verdict to log or an action to carry out. */
class AuditStepTest {

    private static final ProtectionStatus UNPROTECTED = new ProtectionStatus.Unprotected("no live stop",
            BigDecimal.TEN);
    private static final ProtectionStatus PROTECTED = new ProtectionStatus.Protected(BigDecimal.TEN, BigDecimal.TEN);

    @Test
    void givenAProtectedPosition_whenStepped_thenItIsAStandingVerdict() {
        AuditStep step = AuditStep.of(new ProtectionAssessment(PROTECTED, new ProtectionPlan.NoAction("covered")),
                true);

        assertThat(step.decision()).isEqualTo("protection-ok");
        assertThat(step.reason()).isEqualTo("live stops cover 10 of 10 shares");
        assertThat(step.acts()).isFalse();
        assertThat(step.heldBack()).as("nothing to act on, so nothing to hold back").isFalse();
    }

    @Test
    void givenAPlanWhileOwnAppendsAreNotFoldedBack_whenStepped_thenItWaitsHeldBack() {
        AuditStep step = AuditStep.of(new ProtectionAssessment(UNPROTECTED,
                new ProtectionPlan.Backoff(1, Instant.parse("2026-11-20T14:32:00Z"), "refused once")), true);

        assertThat(step.decision()).isEqualTo("protection-wait");
        assertThat(step.reason()).isEqualTo("no live stop; the last plan's events are not folded yet");
        assertThat(step.acts()).isFalse();
        assertThat(step.heldBack()).isTrue();
    }

    @Test
    void givenARefusedReprotection_whenStepped_thenItIsABackoffVerdict() {
        AuditStep step = AuditStep.of(new ProtectionAssessment(UNPROTECTED,
                new ProtectionPlan.Backoff(1, Instant.parse("2026-11-20T14:32:00Z"), "refused once")), false);

        assertThat(step.decision()).isEqualTo("protection-backoff");
        assertThat(step.reason()).isEqualTo("no live stop; refused once");
        assertThat(step.acts()).isFalse();
        assertThat(step.plan()).isInstanceOf(ProtectionPlan.Backoff.class);
    }

    @Test
    void givenAConflict_whenStepped_thenItIsAnActionNamingTheCancels() {
        AuditStep step = AuditStep.of(new ProtectionAssessment(UNPROTECTED,
                new ProtectionPlan.CancelConflicting(List.of("b-1"), "two exits")), false);

        assertThat(step.decision()).isEqualTo("cancel-conflicting");
        assertThat(step.reason()).isEqualTo("no live stop; two exits: cancel [b-1]");
        assertThat(step.acts()).isTrue();
    }
}
