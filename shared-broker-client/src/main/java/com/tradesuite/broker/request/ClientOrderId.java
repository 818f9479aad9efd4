package com.tradesuite.broker.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Deterministic client_order_id {@code <purpose>-<symbol>-<sha256(intent)>}: the same intent always yields the
 * same id (at most 128 chars), so a retried intent is rejected by the broker as a duplicate instead of doubling.
 */
public final class ClientOrderId {

    /** Alpaca's limit on client_order_id. */
    public static final int MAX_LENGTH = 128;
    private static final int PURPOSE_MAX = 24;
    private static final int SYMBOL_MAX = 16;
    private static final int HASH_HEX_CHARS = 40;

    private ClientOrderId() {
    }

    /**
     * Derives the id for one caller intent.
     *
     * @param purpose what the order is for, e.g. "entry", "oco", "trail"
     * @param symbol the traded symbol
     * @param intentKey a key unique to the intent, e.g. the signal id or intent event id
     */
    public static String derive(String purpose, String symbol, String intentKey) {
        requireText(purpose, "purpose");
        requireText(symbol, "symbol");
        requireText(intentKey, "intentKey");
        // The hash covers the full inputs, so truncating the readable prefix never merges two intents.
        String hash = sha256Hex(purpose + '\u0000' + symbol + '\u0000' + intentKey).substring(0, HASH_HEX_CHARS);
        return slug(purpose, PURPOSE_MAX) + '-' + slug(symbol, SYMBOL_MAX) + '-' + hash;
    }

    private static String slug(String text, int maxLength) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        if (slug.isEmpty()) {
            slug = "x";
        }
        return slug.length() > maxLength ? slug.substring(0, maxLength) : slug;
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
