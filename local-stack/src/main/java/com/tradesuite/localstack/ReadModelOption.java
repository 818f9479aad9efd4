package com.tradesuite.localstack;

import java.util.Map;
import java.util.Optional;

/**
 * Whether the run projects the log into the monitor's PostgreSQL read model, and where: the database {@code
 * --read-model-url} (or the monitor's own {@code MONITOR_READ_MODEL_URL}) names, else an embedded PostgreSQL the run
 * starts. The password is never part of {@link #toString()}.
 *
 * @param url empty: start an embedded PostgreSQL
 */
public record ReadModelOption(boolean enabled, Optional<String> url, String user, String password) {

    /** The monitor's variables (its README), read when {@code --read-model} names no URL. */
    static final String URL_ENV = "MONITOR_READ_MODEL_URL";
    static final String USER_ENV = "MONITOR_READ_MODEL_USER";
    static final String PASSWORD_ENV = "MONITOR_READ_MODEL_PASSWORD";

    public static ReadModelOption off() {
        return new ReadModelOption(false, Optional.empty(), "", "");
    }

    /**
     * @param url the {@code --read-model-url} value; null for none (then {@code env}'s URL, else embedded)
     */
    static ReadModelOption on(String url, Map<String, String> env) {
        Optional<String> chosen = Optional.ofNullable(url).or(() -> value(env, URL_ENV));
        if (chosen.isPresent() && !chosen.get().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException((url != null ? "--read-model-url" : URL_ENV) + ": '" + chosen.get()
                    + "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database)");
        }
        return new ReadModelOption(true, chosen, value(env, USER_ENV).orElse(""),
                value(env, PASSWORD_ENV).orElse(""));
    }

    public boolean embedded() {
        return enabled && url.isEmpty();
    }

    @Override
    public String toString() {
        return "ReadModelOption[enabled=" + enabled + ", url=" + url.orElse("(embedded)") + ", user=" + user + "]";
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(text -> !text.isEmpty());
    }
}
