package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** Order side; {@link #normalize} accepts buy/long and sell/short in any case and rejects anything else. */
public enum OrderSide implements WireEnum {
    BUY,
    SELL;

    /** The side that closes a position opened with this side. */
    public OrderSide opposite() {
        return this == BUY ? SELL : BUY;
    }

    /**
     * Normalises a caller's side: "buy"/"long" become BUY, "sell"/"short" become SELL (any case, trimmed).
     *
     * @throws IllegalArgumentException naming the bad value when it is anything else
     */
    @JsonCreator
    public static OrderSide normalize(String side) {
        String value = side == null ? "" : side.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "buy":
            case "long":
                return BUY;
            case "sell":
            case "short":
                return SELL;
            default:
                throw new IllegalArgumentException(
                        "unknown order side '" + side + "': expected buy/long or sell/short");
        }
    }
}
