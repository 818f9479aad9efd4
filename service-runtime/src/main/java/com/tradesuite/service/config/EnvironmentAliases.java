package com.tradesuite.service.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;

/**
 * Keeps the suite's documented environment variable names ({@code BUYER_RISK_PERCENT}, ...) working for the
 * {@code tradesuite.<service>.*} keys: a key listed in a module's {@value #RESOURCE} is read from its variable when
 * that is set, else as usual (system property, application.properties, then the mapping's {@code @WithDefault}).
 * So defaults live only in code and no properties line repeats them. Either way the value carries the key's name, so a
 * bad one stops startup naming the key.
 */
@Priority(EnvironmentAliases.PRIORITY)
public final class EnvironmentAliases implements ConfigSourceInterceptor {

    private static final long serialVersionUID = 1L;

    /** One per module: {@code tradesuite.buyer.risk-percent=BUYER_RISK_PERCENT}, a key and its variable a line. */
    public static final String RESOURCE = "META-INF/tradesuite-env-aliases.properties";
    /** Before Quarkus' own relocations and profile handling. */
    static final int PRIORITY = 3_000;

    public EnvironmentAliases() {
        this(load(Thread.currentThread().getContextClassLoader()));
    }

    private final Map<String, String> variableByKey;

    EnvironmentAliases(Map<String, String> variableByKey) {
        this.variableByKey = variableByKey;
    }

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        String variable = variableByKey.get(name);
        ConfigValue fromVariable = variable == null ? null : context.proceed(variable);
        return fromVariable != null ? fromVariable.withName(name) : context.proceed(name);
    }

    /** Every alias file on the class path, merged; a key aliased twice to different variables is refused. */
    static Map<String, String> load(ClassLoader loader) {
        Map<String, String> variableByKey = new HashMap<>();
        try {
            Enumeration<URL> files = (loader == null ? EnvironmentAliases.class.getClassLoader() : loader)
                    .getResources(RESOURCE);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                Properties aliases = new Properties();
                try (InputStream in = file.openStream()) {
                    aliases.load(in);
                }
                for (String key : aliases.stringPropertyNames()) {
                    String variable = aliases.getProperty(key).strip();
                    String earlier = variableByKey.putIfAbsent(key, variable);
                    if (earlier != null && !earlier.equals(variable)) {
                        throw new IllegalStateException(key + " is aliased to both " + earlier + " and " + variable
                                + " (" + file + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(variableByKey);
    }
}
