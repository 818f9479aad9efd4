package com.tradesuite.risk.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionStatus;
import com.tradesuite.domain.view.TradingStateView;
import com.tradesuite.risk.decide.ProtectionText;
import com.tradesuite.risk.state.RiskSnapshot;

/**
 * The risk manager's {@code GET /state}: what it rebuilds from the log (of its own partitions), so a restart can be
 * checked to rebuild it exactly.
 *
 * @param marketTime the newest bar end, or the newest broker timestamp if later; null before either
 * @param trading positions, open orders and today's realised P&L
 * @param protection each open position's protection verdict, by symbol
 */
public record RiskStateView(Instant marketTime, TradingStateView trading, List<PositionProtection> protection) {

    public RiskStateView {
        protection = List.copyOf(protection);
    }

    public static RiskStateView of(RiskSnapshot snapshot, ProtectionAudit audit) {
        List<PositionProtection> rows = snapshot.trading().positions().openPositions().stream()
                .map(position -> {
                    ProtectionStatus status = audit.status(position, snapshot.trading().orders());
                    return new PositionProtection(position.symbol(), position.qty(), status.isProtected(),
                            ProtectionText.describe(status));
                })
                .sorted(Comparator.comparing(PositionProtection::symbol)).toList();
        return new RiskStateView(snapshot.now(), TradingStateView.at(snapshot.trading(), snapshot.now()), rows);
    }
}
