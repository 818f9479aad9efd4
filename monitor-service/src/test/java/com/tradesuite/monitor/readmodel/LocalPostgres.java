package com.tradesuite.monitor.readmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.Driver;

/**
 * The real PostgreSQL the read-model tests use, never skipped: the one {@code TRADESUITE_TEST_PG_URL} / {@code _USER}
 * / {@code _PASSWORD} name when the URL is set; otherwise an embedded PostgreSQL 15 (binaries from Maven Central),
 * started once per JVM on a free port with the role and database {@code tradesuite_test}, stopped when the JVM exits.
 * Each test works in a fresh schema of its own, so runs never see each other's rows.
 */
public final class LocalPostgres {

    public static final String URL_ENV = "TRADESUITE_TEST_PG_URL";
    public static final String USER_ENV = "TRADESUITE_TEST_PG_USER";
    public static final String PASSWORD_ENV = "TRADESUITE_TEST_PG_PASSWORD";
    static final String EMBEDDED_DATABASE = "tradesuite_test";
    static final String EMBEDDED_USER = "tradesuite_test";
    static final String EMBEDDED_PASSWORD = "tradesuite_test";
    // Quarkus tests load this class again in their own class loader; a system property is seen by both.
    private static final String EMBEDDED_URL_PROPERTY = "tradesuite.test.embedded-pg.url";

    private static LocalPostgres instance;

    private final String url;
    private final String user;
    private final String password;
    private final Properties parsed;

    private LocalPostgres(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.parsed = Driver.parseURL(url, null);
        if (parsed == null) {
            throw new IllegalStateException(URL_ENV + " is not a PostgreSQL JDBC URL: " + url);
        }
    }

    /** The test database of this JVM: the configured one if reachable (else an error), or the embedded one. */
    public static synchronized LocalPostgres get() {
        if (instance == null) {
            Optional<String> url = env(URL_ENV);
            instance = url.isPresent()
                    ? configured(new LocalPostgres(url.get(), env(USER_ENV).orElse(""), env(PASSWORD_ENV).orElse("")))
                    : Optional.ofNullable(System.getProperty(EMBEDDED_URL_PROPERTY))
                            .map(started -> new LocalPostgres(started, EMBEDDED_USER, EMBEDDED_PASSWORD))
                            .orElseGet(LocalPostgres::embedded);
        }
        return instance;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String host() {
        return parsed.getProperty("PGHOST");
    }

    public int port() {
        return Integer.parseInt(parsed.getProperty("PGPORT"));
    }

    public Connection connect() throws SQLException {
        return connect(url);
    }

    /** A new empty schema (dropped by {@link Schema#drop()}); the read model's tables go there. */
    public Schema freshSchema(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute("CREATE SCHEMA " + name);
        return new Schema(this, name);
    }

    /** One test's schema: a URL that puts the read model's tables in it, directly or through another host/port. */
    public record Schema(LocalPostgres server, String name) {

        public String url() {
            return server.urlVia(server.host(), server.port(), name);
        }

        /** The URL through {@code host:port}, e.g. a {@link PostgresGate} in front of the server. */
        public String urlVia(String host, int port) {
            return server.urlVia(host, port, name);
        }

        /** A connection whose unqualified table names resolve in this schema. */
        public Connection connect() throws SQLException {
            return server.connect(url());
        }

        public void drop() {
            server.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }

        /** Drops everything in the schema (tables and Flyway's history) and leaves it empty. */
        public void wipe() {
            drop();
            server.execute("CREATE SCHEMA " + name);
        }
    }

    private String urlVia(String host, int port, String schema) {
        int query = url.indexOf('?');
        String params = query < 0 ? "" : url.substring(query + 1) + "&";
        return "jdbc:postgresql://" + host + ":" + port + "/" + parsed.getProperty("PGDBNAME") + "?" + params
                + "currentSchema=" + schema;
    }

    private Connection connect(String jdbcUrl) throws SQLException {
        Properties properties = new Properties();
        if (!user.isEmpty()) {
            properties.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        return new Driver().connect(jdbcUrl, properties);
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url + ": " + e.getMessage(), e);
        }
    }

    /** A configured database belongs to someone else: it is used as it is, never started or provisioned. */
    private static LocalPostgres configured(LocalPostgres postgres) {
        try (Connection connection = postgres.connect()) {
            return postgres;
        } catch (SQLException e) {
            throw new IllegalStateException("The monitor's read-model tests cannot reach " + URL_ENV + "="
                    + postgres.url + (postgres.user.isEmpty() ? "" : " as " + postgres.user) + ": "
                    + e.getMessage().replaceAll("\\.+$", "") + ". Start it, or unset " + URL_ENV
                    + " to let the tests start an embedded PostgreSQL.", e);
        }
    }

    /**
     * Starts the embedded server, creates the test role (with a password, as the monitor logs in) and database.
     * The server stops (its data directory deleted) by zonky's shutdown hook at JVM exit. As root, zonky runs initdb
     * and postgres through {@code unshare -U}, since PostgreSQL refuses to run as root.
     */
    private static LocalPostgres embedded() {
        long started = System.nanoTime();
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).setRegisterShutdownHook(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("The monitor's read-model tests could not start an embedded PostgreSQL "
                    + "(or set " + URL_ENV + ", " + USER_ENV + " and " + PASSWORD_ENV + " to use another): "
                    + e.getMessage(), e);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + EMBEDDED_USER + " LOGIN PASSWORD '" + EMBEDDED_PASSWORD + "'");
            statement.execute("CREATE DATABASE " + EMBEDDED_DATABASE + " OWNER " + EMBEDDED_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Creating the test role and database in the embedded PostgreSQL failed: "
                    + e.getMessage(), e);
        }
        LocalPostgres postgres = new LocalPostgres("jdbc:postgresql://localhost:" + server.getPort() + "/"
                + EMBEDDED_DATABASE, EMBEDDED_USER, EMBEDDED_PASSWORD);
        System.setProperty(EMBEDDED_URL_PROPERTY, postgres.url);
        System.out.printf("Embedded PostgreSQL ready at %s in %d ms%n", postgres.url,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return postgres;
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
