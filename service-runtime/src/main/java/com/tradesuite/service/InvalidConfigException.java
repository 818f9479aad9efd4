package com.tradesuite.service;

/** A configuration value is missing or wrong; the message starts with the key so the operator knows what to fix. */
public class InvalidConfigException extends RuntimeException {

    private final String key;

    public InvalidConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
