package com.tradesuite.broker;

/** Bad or missing broker configuration; the message and {@link #key()} name the offending setting. */
public class BrokerConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public BrokerConfigException(String key, String problem) {
        super(key + ": " + problem);
        this.key = key;
    }

    /** The environment variable name of the bad setting. */
    public String key() {
        return key;
    }
}
