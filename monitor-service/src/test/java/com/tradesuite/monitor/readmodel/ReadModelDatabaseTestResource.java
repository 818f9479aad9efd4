package com.tradesuite.monitor.readmodel;

import java.util.Map;

import com.tradesuite.monitor.config.MonitorConfig;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Switches the read model on for one {@code @QuarkusTest} class: a fresh schema in the real {@link LocalPostgres},
 * reached through a {@link PostgresGate} that starts CUT (the database is unreachable when the monitor starts). The
 * gate and the schema are injected into the test's fields of those types.
 */
public class ReadModelDatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres.Schema schema;
    private PostgresGate gate;

    @Override
    public Map<String, String> start() {
        LocalPostgres postgres = LocalPostgres.get();
        schema = postgres.freshSchema("monitor_it");
        gate = new PostgresGate(postgres.host(), postgres.port(), false);
        return Map.of(
                MonitorConfig.READ_MODEL_URL, schema.urlVia(gate.host(), gate.port()),
                MonitorConfig.READ_MODEL_USER, postgres.user(),
                MonitorConfig.READ_MODEL_PASSWORD, postgres.password(),
                MonitorConfig.READ_MODEL_MAX_RETRY_DELAY, "1s");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(gate, new TestInjector.MatchesType(PostgresGate.class));
        testInjector.injectIntoFields(schema, new TestInjector.MatchesType(LocalPostgres.Schema.class));
    }

    @Override
    public void stop() {
        if (gate != null) {
            gate.close();
        }
        if (schema != null) {
            schema.drop();
        }
    }
}
