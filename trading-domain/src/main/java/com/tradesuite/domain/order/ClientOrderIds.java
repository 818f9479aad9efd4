package com.tradesuite.domain.order;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import com.tradesuite.schemas.event.OrderPurpose;

/**
 * Deterministic client order ids: the same decision always yields the same id, so a restarted writer that sends it
 * again is refused by the broker ({@code client_order_id must be unique}) instead of doubling the order.
 */
public final class ClientOrderIds {

    private ClientOrderIds() {
    }

    /** {@code entry-<24 hex of sha256(signalId)>}: unique per signal, well within Alpaca's 128 characters. */
    public static String forEntry(String signalId) {
        return "entry-" + shortHash(signalId);
    }

    /**
     * An exit or protection order for one position: purpose, symbol, the position's opening time and the attempt
     * number (how many such intents the position already had), so a retry after a rejection gets a fresh id.
     */
    public static String forPositionOrder(OrderPurpose purpose, String symbol, Instant positionOpenedAt, int attempt) {
        String key = purpose + "|" + symbol + "|" + positionOpenedAt + "|" + attempt;
        return purpose.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + shortHash(key);
    }

    /**
     * A trailing replace of one stop order to one new price: the same stop and the same price are the same decision,
     * so a repeat is refused by the broker as a duplicate.
     */
    public static String forTrailingStop(String symbol, String stopBrokerOrderId, BigDecimal newStop) {
        return "trail-" + shortHash(symbol + "|" + stopBrokerOrderId + "|" + newStop.toPlainString());
    }

    /** A momentum extension of one take-profit order to one new limit: a repeat is refused as a duplicate. */
    public static String forTakeProfitExtension(String symbol, String takeProfitBrokerOrderId, BigDecimal newLimit) {
        return "tp-ext-" + shortHash(symbol + "|" + takeProfitBrokerOrderId + "|" + newLimit.toPlainString());
    }

    /**
     * The sale of a partial-profit plan: one per position per New York trading day, so a second plan the same day
     * (or a restarted seller sending the same one again) is the same id.
     */
    public static String forPartialProfit(String symbol, Instant positionOpenedAt, LocalDate tradingDay) {
        return "partial-profit-" + shortHash(symbol + "|" + positionOpenedAt + "|" + tradingDay);
    }

    /** The OCO that protects what is left after a partial-profit plan's sale. */
    public static String forPartialProtection(String planId) {
        return "partial-oco-" + shortHash(planId);
    }

    /** The OCO that protects the whole position again after a partial-profit plan's sale failed. */
    public static String forPartialRollback(String planId) {
        return "partial-rollback-" + shortHash(planId);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
