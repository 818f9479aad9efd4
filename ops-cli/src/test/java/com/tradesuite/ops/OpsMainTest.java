package com.tradesuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OpsMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return new OpsMain(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void unknownOptionIsNamedAndExits2() {
        assertThat(run(Map.of(), "replay", "--bootstrap", "k:9092", "--untill", "x")).isEqualTo(2);
        assertThat(err()).contains("unknown option '--untill'");
    }

    @Test
    void missingValueIsNamed() {
        assertThat(run(Map.of(), "tail", "--bootstrap")).isEqualTo(2);
        assertThat(err()).contains("option '--bootstrap' needs a value");
    }

    @Test
    void badValuesAreNamedBeforeAnythingConnects() {
        assertThat(run(Map.of(), "replay", "--bootstrap", "k:9092", "--until", "yesterday")).isEqualTo(2);
        assertThat(err()).contains("'--until'", "yesterday");
        assertThat(run(Map.of(), "tail", "--bootstrap", "k:9092", "--max", "0")).isEqualTo(2);
        assertThat(err()).contains("'--max'");
        assertThat(run(Map.of(), "tail", "--bootstrap", "k:9092", "--timeout", "soon")).isEqualTo(2);
        assertThat(err()).contains("'--timeout'");
        assertThat(run(Map.of(), "tail", "--bootstrap", "k:9092", "--topic", "trades")).isEqualTo(2);
        assertThat(err()).contains("'--topic'", "exit-source");
        assertThat(run(Map.of(), "tail", "--bootstrap", "k:9092", "--json=yes")).isEqualTo(2);
        assertThat(err()).contains("'--json' takes no value");
    }

    @Test
    void bootstrapIsRequiredUnlessTheEnvironmentNamesIt() {
        assertThat(run(Map.of(), "replay")).isEqualTo(2);
        assertThat(err()).contains("'--bootstrap' is required", "KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void brokerKeysMissingStopReplayNamingTheKey() {
        assertThat(run(Map.of(), "replay", "--bootstrap", "localhost:1", "--broker-url", "http://localhost:1"))
                .isEqualTo(1);
        assertThat(err()).contains("APCA_API_KEY_ID");
    }

    @Test
    void checkBracketNeedsTheBrokerKeysAndSaysWhich() {
        assertThat(run(Map.of(), "check-bracket", "--broker-url", "http://localhost:1")).isEqualTo(2);
        assertThat(err()).contains("check-bracket", "APCA_API_KEY_ID");
    }

    @Test
    void unknownCommandExits2() {
        assertThat(run(Map.of(), "rewind")).isEqualTo(2);
        assertThat(err()).contains("unknown command 'rewind'");
    }

    @Test
    void helpListsCommandsAndOptions() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(run(Map.of(), "replay", "--help")).isZero();
        assertThat(run(Map.of(), "tail", "--help")).isZero();
        assertThat(run(Map.of(), "create-topics", "--help")).isZero();
        assertThat(run(Map.of(), "check-bracket", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("replay", "tail", "create-topics", "--until",
                "--broker-url", "--from-beginning", "--partitions", "check-bracket", "--symbol", "--live");
    }

    @Test
    void noArgumentsPrintsUsageAndExits2() {
        assertThat(run(Map.of())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: ops-cli");
    }
}
