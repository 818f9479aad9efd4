package com.tradesuite.monitor.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The migrations the adapter lists are the ones in the source tree, and each table's DDL has its columns. */
class ReadModelMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources", ReadModelMigrations.LOCATION);

    @Test
    void givenTheMigrationDirectory_whenListed_thenEveryScriptIsInTheAdaptersListInVersionOrder() throws IOException {
        List<String> files;
        try (Stream<Path> scripts = Files.list(MIGRATIONS)) {
            files = scripts.map(path -> path.getFileName().toString()).sorted().toList();
        }

        assertThat(ReadModelMigrations.SCRIPTS).isEqualTo(files).isSorted();
        assertThat(files).allMatch(name -> name.matches("V\\d+__[a-z0-9_]+\\.sql"));
    }

    @Test
    void givenEveryTable_whenItsColumnsAreLookedUpInTheScripts_thenEachIsDeclared() {
        String ddl = String.join("\n", ReadModelMigrations.SCRIPTS.stream()
                .map(name -> ReadModelMigrations.resource(ReadModelMigrations.LOCATION + name)).toList());
        for (ReadModelTable table : ReadModelTable.values()) {
            int create = ddl.indexOf("CREATE TABLE IF NOT EXISTS " + table.sqlName() + " (");
            create = create >= 0 ? create : ddl.indexOf("CREATE TABLE " + table.sqlName() + " (");
            assertThat(create).as(table.sqlName()).isNotNegative();
            String body = ddl.substring(create, ddl.indexOf("\n);", create));
            for (String column : table.columns()) {
                assertThat(body).as(table.sqlName() + "." + column).containsPattern("\\n\\s+" + column + "\\s");
            }
        }
    }
}
