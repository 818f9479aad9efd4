package com.tradesuite.paperexchange.http;

/** The API key pair the exchange expects; a null half accepts any non-blank value. */
public record Credentials(String keyId, String secretKey) {

    public boolean accepts(String key, String secret) {
        return (keyId == null || keyId.equals(key)) && (secretKey == null || secretKey.equals(secret));
    }
}
