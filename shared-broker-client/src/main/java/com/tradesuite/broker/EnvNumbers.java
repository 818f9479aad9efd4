package com.tradesuite.broker;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/** Parses optional numeric environment values, failing with the variable's name. */
final class EnvNumbers {

    private final Function<String, String> env;

    EnvNumbers(Function<String, String> env) {
        this.env = env;
    }

    void ifInt(String key, IntConsumer target) {
        String value = env.apply(key);
        if (value != null) {
            try {
                target.accept(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                throw new BrokerConfigException(key, "must be an integer, got '" + value + "'");
            }
        }
    }

    void ifDouble(String key, DoubleConsumer target) {
        String value = env.apply(key);
        if (value != null) {
            try {
                target.accept(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new BrokerConfigException(key, "must be a number, got '" + value + "'");
            }
        }
    }

    void ifMillis(String key, Consumer<Duration> target) {
        String value = env.apply(key);
        if (value != null) {
            try {
                target.accept(Duration.ofMillis(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                throw new BrokerConfigException(key, "must be milliseconds as an integer, got '" + value + "'");
            }
        }
    }
}
