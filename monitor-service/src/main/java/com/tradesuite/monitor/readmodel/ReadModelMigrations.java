package com.tradesuite.monitor.readmodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The read model's schema is Flyway's: the {@code V<n>__*.sql} scripts of {@value #LOCATION}, applied in order to the
 * connection's schema on every (re)connect; a schema the pre-Flyway {@code schema.sql} made (its three tables, no
 * history) is baselined at version 1, and a schema holding other tables is refused rather than baselined.
 */
final class ReadModelMigrations {

    static final String LOCATION = "readmodel/migration/";
    /**
     * Listed, not scanned: a class-path directory cannot be listed in every packaging (Quarkus' fast-jar); a test
     * holds this list against the directory.
     */
    static final List<String> SCRIPTS = List.of("V1__fills_exit_sources_closed_trades.sql",
            "V2__positions_trades_daily_summary.sql");
    /** What schema.sql made is exactly V1. */
    static final String BASELINE_VERSION = "1";
    static final Set<String> VERSION_1_TABLES = Set.of("fills", "exit_sources", "closed_trades");
    static final String HISTORY_TABLE = "flyway_schema_history";

    private ReadModelMigrations() {
    }

    /**
     * Brings the connection's schema to the newest version.
     *
     * @throws SQLException when the database is unreachable, or the schema holds tables that are not the read model's
     */
    static MigrateResult migrate(DataSource dataSource) throws SQLException {
        Set<String> tables = tables(dataSource);
        if (!tables.isEmpty() && !tables.contains(HISTORY_TABLE) && !tables.containsAll(VERSION_1_TABLES)) {
            throw new SQLException("the read model's schema holds other tables " + tables + " and no Flyway history: "
                    + "give the read model a schema of its own (?currentSchema=<name> in the URL) or an empty "
                    + "database");
        }
        return Flyway.configure(ReadModelMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .resourceProvider(new Scripts())
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion(BASELINE_VERSION)
                .baselineDescription("tables made by schema.sql before Flyway")
                .load()
                .migrate();
    }

    /** The tables of the connection's current schema. */
    private static Set<String> tables(DataSource dataSource) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** The listed scripts, read from the class path. */
    private static final class Scripts implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            return SCRIPTS.contains(name) ? new Script(name) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return SCRIPTS.stream()
                    .filter(name -> name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith))
                    .<LoadableResource>map(Script::new).toList();
        }
    }

    private static final class Script extends LoadableResource {

        private final String name;
        private final String text;

        Script(String name) {
            this.name = name;
            this.text = resource(LOCATION + name);
        }

        @Override
        public Reader read() {
            return new StringReader(text);
        }

        @Override
        public String getAbsolutePath() {
            return LOCATION + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return null;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }

    static String resource(String resource) {
        try (InputStream in = ReadModelMigrations.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
