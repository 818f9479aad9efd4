package com.tradesuite.domain.entry;

import java.util.Objects;

/** The portfolio rules beyond sizing: sector caps, the correlation cap and what a choppy regime does. */
public record RiskRules(SectorRules sectors, CorrelationRule correlation, ChoppyRegime choppy) {

    /** No sector or correlation cap; a choppy regime halves the risk. */
    public static final RiskRules OFF = new RiskRules(SectorRules.OFF, CorrelationRule.OFF, ChoppyRegime.REDUCE);

    public RiskRules {
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(correlation, "correlation");
        Objects.requireNonNull(choppy, "choppy");
    }
}
