package com.tradesuite.risk.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * An {@code Authorization: Bearer <token>} header matches the configured token, compared in constant time over
 * SHA-256 digests (so neither the content nor the length leaks through timing); the token is never printed.
 */
public final class OperatorToken {

    /** What a request's header amounts to. */
    public enum Verdict { NOT_CONFIGURED, MISSING, WRONG, GRANTED }

    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> expected;

    public OperatorToken(Optional<String> configured) {
        this.expected = configured.map(OperatorToken::digest);
    }

    public boolean configured() {
        return expected.isPresent();
    }

    public Verdict check(String authorization) {
        if (expected.isEmpty()) {
            return Verdict.NOT_CONFIGURED;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.substring(BEARER.length()).isBlank()) {
            return Verdict.MISSING;
        }
        byte[] given = digest(authorization.substring(BEARER.length()).strip());
        return MessageDigest.isEqual(given, expected.get()) ? Verdict.GRANTED : Verdict.WRONG;
    }

    @Override
    public String toString() {
        return "OperatorToken[" + (configured() ? "configured" : "not configured") + "]";
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.strip().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
