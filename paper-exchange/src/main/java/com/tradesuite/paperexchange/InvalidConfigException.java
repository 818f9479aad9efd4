package com.tradesuite.paperexchange;

/** A configuration value is unusable; the message always names the offending key. */
public final class InvalidConfigException extends RuntimeException {

    private final String key;

    public InvalidConfigException(String key, String problem) {
        super("invalid configuration '" + key + "': " + problem);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
