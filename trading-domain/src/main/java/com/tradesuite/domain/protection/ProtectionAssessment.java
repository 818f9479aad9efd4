package com.tradesuite.domain.protection;

/** The audit's verdict on one position and what to do about it. */
public record ProtectionAssessment(ProtectionStatus status, ProtectionPlan plan) {
}
