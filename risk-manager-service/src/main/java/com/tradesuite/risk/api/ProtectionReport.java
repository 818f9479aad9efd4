package com.tradesuite.risk.api;

import java.util.List;

/**
 * GET /protection: the summary line (e.g. "3 protected, 0 FAILED", the seeds' wording) and each open position.
 *
 * @param acting false until the account watcher has caught up with the broker (the risk manager does not act yet)
 */
public record ProtectionReport(String summary, boolean acting, List<PositionProtection> positions) {
}
