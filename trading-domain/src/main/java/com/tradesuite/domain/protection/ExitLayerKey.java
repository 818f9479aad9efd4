package com.tradesuite.domain.protection;

import java.math.BigDecimal;

/**
 * The configuration keys whose values must agree across the exit layers, each with its default, written once here
 * (the owning service's {@code @WithDefault} names the same constant).
 */
public enum ExitLayerKey {
    BUYER_MIN_STOP_PERCENT("tradesuite.buyer.min-stop-percent", ExitLayerKey.DEFAULT_MIN_STOP_PERCENT),
    BUYER_MIN_STOP_ATR_MULTIPLE("tradesuite.buyer.min-stop-atr-multiple", ExitLayerKey.DEFAULT_MIN_STOP_ATR_MULTIPLE),
    SCANNER_STOP_ATR_MULTIPLE("tradesuite.scanner.momentum.stop-atr-multiple",
            ExitLayerKey.DEFAULT_SIGNAL_STOP_ATR_MULTIPLE),
    SCANNER_TARGET_ATR_MULTIPLE("tradesuite.scanner.momentum.target-atr-multiple",
            ExitLayerKey.DEFAULT_SIGNAL_TARGET_ATR_MULTIPLE),
    SELLER_TRAILING_ATR_MULTIPLE("tradesuite.seller.trailing.atr-multiple", ExitLayerKey.DEFAULT_TRAIL_ATR_MULTIPLE),
    SELLER_TIGHTEN_FACTOR("tradesuite.seller.momentum.tighten-factor", ExitLayerKey.DEFAULT_TIGHTEN_FACTOR),
    SELLER_PARTIAL_R_MULTIPLE("tradesuite.seller.partial.r-multiple", ExitLayerKey.DEFAULT_PARTIAL_R_MULTIPLE),
    RISK_SOFT_STOP_FRACTION("tradesuite.risk.protection.default-stop-fraction", ExitLayerKey.DEFAULT_SOFT_STOP_FRACTION),
    RISK_REWARD_TO_RISK("tradesuite.risk.protection.reward-to-risk", ExitLayerKey.DEFAULT_REWARD_TO_RISK),
    RISK_HARD_STOP_R("tradesuite.risk.hard-stop.max-loss-r", ExitLayerKey.DEFAULT_HARD_STOP_R),
    RISK_HARD_STOP_FRACTION("tradesuite.risk.hard-stop.max-loss-fraction", ExitLayerKey.DEFAULT_HARD_STOP_FRACTION);

    public static final String DEFAULT_MIN_STOP_PERCENT = "1.2";
    public static final String DEFAULT_MIN_STOP_ATR_MULTIPLE = "1";
    public static final String DEFAULT_SIGNAL_STOP_ATR_MULTIPLE = "2";
    public static final String DEFAULT_SIGNAL_TARGET_ATR_MULTIPLE = "4";
    public static final String DEFAULT_TRAIL_ATR_MULTIPLE = "2";
    public static final String DEFAULT_TIGHTEN_FACTOR = "0.5";
    /** DESIGN.md: partial profit at 2R. */
    public static final String DEFAULT_PARTIAL_R_MULTIPLE = "2";
    public static final String DEFAULT_SOFT_STOP_FRACTION = "0.02";
    public static final String DEFAULT_REWARD_TO_RISK = "2";
    public static final String DEFAULT_HARD_STOP_R = "2";
    public static final String DEFAULT_HARD_STOP_FRACTION = "0.05";

    private final String key;
    private final String defaultValue;

    ExitLayerKey(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public BigDecimal defaultValue() {
        return new BigDecimal(defaultValue);
    }
}
