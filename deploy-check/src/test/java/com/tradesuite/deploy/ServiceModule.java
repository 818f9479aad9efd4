package com.tradesuite.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tradesuite.broker.BrokerConfig;

/**
 * What one deployable module reads, taken from its code: the environment variables its application.properties
 * references ({@code ${VAR:default}}), those its and service-runtime's env-alias files name ({@link #ALIASES}), the
 * variables of service-runtime's shared defaults ({@link #SHARED_DEFAULTS}), the broker keys of BrokerConfig when it
 * uses the broker, and its HTTP port default.
 */
record ServiceModule(String name, int httpPort, Set<String> envVars, boolean usesBroker) {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> NAMES = List.of("scanner-service", "buyer-service", "seller-service",
            "risk-manager-service", "monitor-service", "paper-exchange");
    /** Config every service gets from its service-runtime dependency (e.g. TRADESUITE_LOG_JSON). */
    static final Path SHARED_DEFAULTS = ROOT.resolve(
            "service-runtime/src/main/resources/META-INF/microprofile-config.properties");

    /** A module's {@code key=VARIABLE} lines read by service-runtime's EnvironmentAliases. */
    static final String ALIASES = "src/main/resources/META-INF/tradesuite-env-aliases.properties";

    private static final Pattern ENV_REF = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern HTTP_PORT = Pattern.compile(
            "^quarkus\\.http\\.port=(?:\\$\\{HTTP_PORT:(\\d+)}|(\\d+))\\s*$", Pattern.MULTILINE);
    /** A property line, or a commented-out documented one ({@code # paper-exchange.csv-file=...}). */
    private static final Pattern KEY = Pattern.compile("^(?:#\\s*)?([a-z][a-z0-9.\\-\"]*)=", Pattern.MULTILINE);

    static List<ServiceModule> all() {
        return NAMES.stream().map(ServiceModule::read).toList();
    }

    static ServiceModule byName(String name) {
        return read(name);
    }

    static ServiceModule read(String name) {
        String properties = text(ROOT.resolve(name).resolve("src/main/resources/application.properties"));
        Matcher port = HTTP_PORT.matcher(properties);
        if (!port.find()) {
            throw new IllegalStateException(name + ": no quarkus.http.port in application.properties");
        }
        int httpPort = Integer.parseInt(port.group(1) != null ? port.group(1) : port.group(2));
        Set<String> vars = new TreeSet<>(envRefs(properties));
        boolean quarkusService = !name.equals("paper-exchange");
        boolean usesBroker = quarkusService && !properties.contains("tradesuite.broker.enabled=false");
        if (quarkusService) {
            vars.add("HTTP_PORT");
            vars.addAll(envRefs(text(SHARED_DEFAULTS)));
            vars.addAll(aliasedVars(ROOT.resolve("service-runtime").resolve(ALIASES), false));
            vars.addAll(aliasedVars(ROOT.resolve(name).resolve(ALIASES), true));
        } else {
            // The exchange references no ${VAR}: Quarkus maps each key to its environment form (a.b-c -> A_B_C).
            Matcher key = KEY.matcher(properties);
            while (key.find()) {
                vars.add(key.group(1).replaceAll("[^a-z0-9]", "_").toUpperCase(Locale.ROOT));
            }
        }
        if (usesBroker) {
            vars.addAll(brokerKeys());
        }
        return new ServiceModule(name, httpPort, Set.copyOf(vars), usesBroker);
    }

    /** The {@code ${VAR:default}} references of a properties text. */
    static Set<String> envRefs(String properties) {
        Set<String> vars = new TreeSet<>();
        Matcher ref = ENV_REF.matcher(properties);
        while (ref.find()) {
            vars.add(ref.group(1));
        }
        return vars;
    }

    /** The variables an env-alias file names; tradesuite.broker.* only count for a module that uses the broker. */
    static Set<String> aliasedVars(Path file, boolean optional) {
        Set<String> vars = new TreeSet<>();
        if (optional && !Files.exists(file)) {
            return vars;
        }
        Properties aliases = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            aliases.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : aliases.stringPropertyNames()) {
            if (!key.startsWith("tradesuite.broker.")) {
                vars.add(aliases.getProperty(key).strip());
            }
        }
        return vars;
    }

    /** Every environment key BrokerConfig reads (its APCA_* and TRADESUITE_* constants). */
    static Set<String> brokerKeys() {
        Set<String> keys = new TreeSet<>();
        for (Field field : BrokerConfig.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value.startsWith("APCA_") || value.startsWith("TRADESUITE_")) {
                        keys.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return keys;
    }

    /** True when the module serves /q/health (directly or through service-runtime). */
    boolean hasHealthEndpoints() {
        String pom = text(ROOT.resolve(name).resolve("pom.xml"));
        return pom.contains("<artifactId>quarkus-smallrye-health</artifactId>")
                || pom.contains("<artifactId>service-runtime</artifactId>");
    }

    /** True when the module serves Prometheus metrics at /q/metrics (Micrometer comes with service-runtime). */
    boolean servesMetrics() {
        String pom = text(ROOT.resolve(name).resolve("pom.xml"));
        return pom.contains("<artifactId>quarkus-micrometer-registry-prometheus</artifactId>")
                || pom.contains("<artifactId>service-runtime</artifactId>");
    }

    static String text(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
