package com.tradesuite.domain.exit;

import java.math.BigDecimal;

/** The emergency hard stop's answer. */
public sealed interface HardStopDecision {

    record NoAction(String reason) implements HardStopDecision {
    }

    /** The loss is beyond the hard stop: cancel everything holding the shares, exit at market now. */
    record EmergencyExit(BigDecimal hardStopPrice, MarketExitPlan exit) implements HardStopDecision {
    }
}
