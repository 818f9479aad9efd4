package com.tradesuite.schemas.event;

/** Why an order is placed; fixes the layer it belongs to, which exit attribution and priorities use. */
public enum OrderPurpose {
    ENTRY(ExitLayer.ENTRY),
    TRAILING_STOP(ExitLayer.SELLER),
    PARTIAL_PROFIT(ExitLayer.SELLER),
    SIGNAL_EXIT(ExitLayer.SELLER),
    TIME_EXIT(ExitLayer.SELLER),
    /** End-of-day flatten: every position closed shortly before the New York close. */
    MARKET_CLOSE(ExitLayer.SELLER),
    REPROTECT(ExitLayer.RISK_SOFT_STOP),
    FALLBACK_EXIT(ExitLayer.RISK_SOFT_STOP),
    EMERGENCY_EXIT(ExitLayer.RISK_HARD_STOP),
    /**
     * An operator's flatten-all ({@code ops-cli halt --flatten}): a market exit at the top layer, since closing
     * everything now outranks every other exit.
     */
    FLATTEN(ExitLayer.RISK_HARD_STOP),
    ENTRY_TIMEOUT_CANCEL(ExitLayer.ENTRY);

    private final ExitLayer layer;

    OrderPurpose(ExitLayer layer) {
        this.layer = layer;
    }

    public ExitLayer layer() {
        return layer;
    }
}
