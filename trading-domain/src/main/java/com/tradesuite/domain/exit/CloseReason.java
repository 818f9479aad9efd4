package com.tradesuite.domain.exit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.tradesuite.domain.order.OrderRole;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * Why shares were sold, one value per exit purpose or bracket leg: a stop leg is STOP_LOSS_HIT, a take-profit leg
 * TAKE_PROFIT_HIT, the risk manager's hard stop EMERGENCY_STOP, shares that left outside the suite MANUAL, every other
 * exit purpose its own name. Pure; the read model's {@code close_reason}.
 */
public enum CloseReason {
    STOP_LOSS_HIT,
    TAKE_PROFIT_HIT,
    TRAILING_STOP,
    PARTIAL_PROFIT,
    SIGNAL_EXIT,
    TIME_EXIT,
    MARKET_CLOSE,
    FALLBACK_EXIT,
    EMERGENCY_STOP,
    MANUAL;

    /** Every (layer, reason) label {@link ExitAttribution} writes, read back to the purpose and leg behind it. */
    private static final Map<Label, CloseReason> BY_LABEL = labels();

    private record Label(ExitLayer layer, String reason) {
    }

    /**
     * The close reason of a fill of an order placed for {@code purpose} in {@code role}, as {@link ExitAttribution}
     * attributes it: an entry bracket's legs by leg, a re-protection's and a partial profit's OCO by leg, the rest by purpose
     * (a new purpose does not compile until it is mapped here).
     *
     * @param purpose the intent's purpose; null when no intent was recorded for the order
     */
    public static CloseReason of(OrderPurpose purpose, OrderRole role) {
        if (purpose == null || purpose == OrderPurpose.ENTRY) {
            // A leg of the entry bracket; any other sale without an exit purpose left outside the exit layers.
            if (role.isBracketLeg()) {
                return role == OrderRole.STOP_LOSS_LEG ? STOP_LOSS_HIT : TAKE_PROFIT_HIT;
            }
            return MANUAL;
        }
        return switch (purpose) {
            case ENTRY, ENTRY_TIMEOUT_CANCEL -> MANUAL;
            case REPROTECT -> role.isStop() ? STOP_LOSS_HIT : TAKE_PROFIT_HIT;
            // The seller's replace of a take-profit leg is its momentum extension: still a take-profit when it fills.
            case TRAILING_STOP -> role.isStop() ? TRAILING_STOP : TAKE_PROFIT_HIT;
            // The plan's sale is the partial; the OCO protecting the rest fills as a plain stop or target.
            case PARTIAL_PROFIT -> role == OrderRole.MARKET_EXIT ? PARTIAL_PROFIT
                    : role.isStop() ? STOP_LOSS_HIT : TAKE_PROFIT_HIT;
            case SIGNAL_EXIT -> SIGNAL_EXIT;
            case TIME_EXIT -> TIME_EXIT;
            case MARKET_CLOSE -> MARKET_CLOSE;
            case FALLBACK_EXIT -> FALLBACK_EXIT;
            // The operator's flatten-all is the suite's own top-priority market exit, like the hard stop.
            case EMERGENCY_EXIT, FLATTEN -> EMERGENCY_STOP;
        };
    }

    /**
     * The close reason of an exit-source record, from its layer and reason label: a MANUAL record (reconciliation) and
     * an unattributed exit (no intent on {@code orders}) are MANUAL; the rest as {@link #of(OrderPurpose, OrderRole)}
     * maps the purpose and leg that label was written for.
     *
     * @return empty for a label no version of {@link ExitAttribution} writes
     */
    public static Optional<CloseReason> of(ExitAttributed exit) {
        if (exit.layer() == ExitLayer.MANUAL || ExitAttribution.UNATTRIBUTED.equals(exit.reason())) {
            return Optional.of(MANUAL);
        }
        CloseReason known = BY_LABEL.get(new Label(exit.layer(), exit.reason()));
        if (known != null) {
            return Optional.of(known);
        }
        // A label of a newer writer ("market close"): its words may name the reason.
        return byName(exit.reason().trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_"));
    }

    private static Optional<CloseReason> byName(String name) {
        for (CloseReason reason : values()) {
            if (reason.name().equals(name)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }

    private static Map<Label, CloseReason> labels() {
        Map<Label, CloseReason> labels = new HashMap<>();
        for (OrderRole role : OrderRole.values()) {
            if (role.isBracketLeg()) {
                labels.put(new Label(ExitLayer.EXCHANGE_BRACKET,
                        ExitAttribution.legReason(role == OrderRole.STOP_LOSS_LEG)), of(null, role));
            }
            for (OrderPurpose purpose : OrderPurpose.values()) {
                labels.putIfAbsent(new Label(purpose.layer(), ExitAttribution.reasonOf(purpose, role)),
                        of(purpose, role));
            }
        }
        return Map.copyOf(labels);
    }
}
