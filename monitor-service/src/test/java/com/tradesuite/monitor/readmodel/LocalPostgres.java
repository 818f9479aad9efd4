package com.tradesuite.monitor.readmodel;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.postgresql.Driver;

/**
 * The real PostgreSQL the read-model tests use, never skipped: {@code TRADESUITE_TEST_PG_URL} / {@code _USER} /
 * {@code _PASSWORD} when set; otherwise {@code tradesuite_test} on localhost:5432, which is started
 * ({@code pg_ctlcluster}) and provisioned (role and database) when it is down on a machine that has the cluster.
 * Each test works in a fresh schema of its own, so runs never see each other's rows.
 */
public final class LocalPostgres {

    public static final String URL_ENV = "TRADESUITE_TEST_PG_URL";
    public static final String USER_ENV = "TRADESUITE_TEST_PG_USER";
    public static final String PASSWORD_ENV = "TRADESUITE_TEST_PG_PASSWORD";
    static final String DEFAULT_DATABASE = "tradesuite_test";
    static final String DEFAULT_USER = "tradesuite_test";
    static final String DEFAULT_PASSWORD = "tradesuite_test";
    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/" + DEFAULT_DATABASE;
    private static final Duration START_DEADLINE = Duration.ofSeconds(60);

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

    /** The test database of this JVM, reachable (started and provisioned first if needed), or an error saying how. */
    public static synchronized LocalPostgres get() {
        if (instance == null) {
            Optional<String> url = env(URL_ENV);
            LocalPostgres postgres = url.isPresent()
                    ? new LocalPostgres(url.get(), env(USER_ENV).orElse(""), env(PASSWORD_ENV).orElse(""))
                    : new LocalPostgres(DEFAULT_URL, DEFAULT_USER, DEFAULT_PASSWORD);
            postgres.ensureReachable(url.isEmpty());
            instance = postgres;
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

    private void ensureReachable(boolean defaults) {
        Optional<SQLException> problem = tryConnect();
        if (problem.isEmpty()) {
            return;
        }
        List<String> steps = new ArrayList<>();
        // Only the default local database is ours to start and provision; a configured one belongs to someone.
        if (defaults && pgCtlCluster().isPresent()) {
            try {
                startClusterAndProvision(steps);
                await().atMost(START_DEADLINE).pollInterval(Duration.ofMillis(250))
                        .until(() -> tryConnect().isEmpty());
                return;
            } catch (IllegalStateException e) {
                steps.add("starting it failed: " + e.getMessage());
            } catch (ConditionTimeoutException e) {
                steps.add("still unreachable " + START_DEADLINE.toSeconds() + " s after starting it");
            }
            problem = tryConnect();
            if (problem.isEmpty()) {
                return;
            }
        } else if (defaults) {
            steps.add("pg_ctlcluster is not installed, so the tests could not start it");
        }
        throw new IllegalStateException(howToStart(problem.get(), steps));
    }

    private String howToStart(SQLException problem, List<String> steps) {
        return "The monitor's read-model tests need a real PostgreSQL and cannot reach " + url
                + (user.isEmpty() ? "" : " as " + user) + ": " + problem.getMessage().replaceAll("\\.+$", "")
                + (steps.isEmpty() ? "" : " (" + String.join("; ", steps) + ")") + ". Start one and create the test "
                + "role and database, e.g.:\n"
                + "  sudo pg_ctlcluster 15 main start\n"
                + "  sudo -u postgres psql -c \"CREATE ROLE " + DEFAULT_USER + " LOGIN PASSWORD '" + DEFAULT_PASSWORD
                + "'\" -c \"CREATE DATABASE " + DEFAULT_DATABASE + " OWNER " + DEFAULT_USER + "\"\n"
                + "or point " + URL_ENV + ", " + USER_ENV + " and " + PASSWORD_ENV + " at a PostgreSQL you may "
                + "create schemas in.";
    }

    private Optional<SQLException> tryConnect() {
        try (Connection connection = connect()) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e);
        }
    }

    /** pg_ctlcluster start (tolerant when already running), then the role and database, idempotently. */
    private void startClusterAndProvision(List<String> steps) {
        String version = "15";
        String cluster = "main";
        // Prefer the cluster that listens on the URL's port (pg_lsclusters -h: version cluster port status ...).
        for (String line : run(List.of("pg_lsclusters", "-h"), true).lines().toList()) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 3 && fields[2].equals(String.valueOf(port()))) {
                version = fields[0];
                cluster = fields[1];
                break;
            }
        }
        run(List.of(pgCtlCluster().orElseThrow(), version, cluster, "start"), true);
        steps.add("ran pg_ctlcluster " + version + " " + cluster + " start");
        String port = String.valueOf(port());
        psql(port, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + DEFAULT_USER + "') THEN "
                + "CREATE ROLE " + DEFAULT_USER + " LOGIN; END IF; END $$");
        psql(port, "ALTER ROLE " + DEFAULT_USER + " LOGIN PASSWORD '" + DEFAULT_PASSWORD + "'");
        // Output lines other than the answer (warnings) must not read as "exists".
        if (psql(port, "SELECT 1 FROM pg_database WHERE datname = '" + DEFAULT_DATABASE + "'").lines()
                .noneMatch(line -> line.trim().equals("1"))) {
            psql(port, "CREATE DATABASE " + DEFAULT_DATABASE + " OWNER " + DEFAULT_USER);
        }
        steps.add("created role and database " + DEFAULT_DATABASE + " if missing");
    }

    /** Runs SQL as the postgres superuser over the local socket. */
    private String psql(String port, String sql) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of(runuser(), "-u", "postgres", "--"));
        } else {
            command.addAll(List.of("sudo", "-n", "-u", "postgres"));
        }
        command.addAll(List.of("psql", "-p", port, "-v", "ON_ERROR_STOP=1", "-tAc", sql));
        return run(command, false);
    }

    private static String runuser() {
        for (String candidate : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "runuser";
    }

    private static Optional<String> pgCtlCluster() {
        for (String candidate : List.of("/usr/bin/pg_ctlcluster", "/usr/local/bin/pg_ctlcluster")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a command and returns its output.
     *
     * @param tolerant true to accept a non-zero exit (pg_ctlcluster exits 2 when the cluster already runs)
     */
    private static String run(List<String> command, boolean tolerant) {
        try {
            // From "/": psql run as postgres warns when it cannot enter the caller's (private) working directory.
            Process process = new ProcessBuilder(command).directory(new File("/")).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(START_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0 && !tolerant) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ": "
                        + output.trim());
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
