package com.tradesuite.risk.decide;

import com.tradesuite.domain.exit.MarketExitPlan;

import java.util.Optional;

/**
 * What the last-resort exits say about a position on a closed bar.
 *
 * @param exit the market exit to carry out, empty when none is due
 * @param decision the decision name for the log line
 */
public record BarVerdict(Optional<MarketExitPlan> exit, String decision, String reason) {
}
