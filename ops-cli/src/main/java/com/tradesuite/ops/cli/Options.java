package com.tradesuite.ops.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed options of one command: values by option name ({@code --until}) and the flags given. */
public record Options(String command, Map<String, String> values, Set<String> flags) {

    public Options {
        values = Map.copyOf(values);
        flags = Set.copyOf(flags);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value, or the environment's, or a usage error naming the option. */
    public String required(String name, Map<String, String> env, String envVar) {
        return value(name).or(() -> Optional.ofNullable(env.get(envVar)).filter(v -> !v.isBlank()))
                .orElseThrow(() -> new UsageException(command + ": option '" + name + "' is required (or set "
                        + envVar + ")"));
    }

    /** The Kafka brokers: --bootstrap, else $KAFKA_BOOTSTRAP_SERVERS, else a usage error. */
    public String bootstrap(Map<String, String> env) {
        return required("--bootstrap", env, "KAFKA_BOOTSTRAP_SERVERS");
    }

    public Optional<Instant> instant(String name) {
        return value(name).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new UsageException(command + ": option '" + name + "' needs an ISO-8601 instant such as"
                        + " 2026-11-20T21:00:00Z, got '" + text + "'");
            }
        });
    }

    public Optional<Duration> duration(String name) {
        return value(name).map(text -> Durations.parse(text).orElseThrow(() -> new UsageException(command
                + ": option '" + name + "' needs a duration such as 500ms, 10s, 5m or PT10S, got '" + text + "'")));
    }

    public Optional<Integer> positiveInt(String name) {
        return value(name).map(text -> {
            try {
                int parsed = Integer.parseInt(text);
                if (parsed >= 1) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException(command + ": option '" + name + "' needs a whole number >= 1, got '"
                    + text + "'");
        });
    }
}
