package com.tradesuite.ops.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.ops.OpsMain;

/**
 * The command line of halt / reduce / resume, and what happens before or without an answer (no token, nobody
 * listening). The exchange with a real risk manager is not covered here (see the risk manager's TradingStateIT for
 * the endpoint).
 */
class TradingStateCommandTest {

    private static final String TOKEN = "test-operator-token-0123456789";

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
    void eachCommandAsksForItsStateWithTheReasonAndTheFlattenFlag() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(new TradingStateCommand("halt", sink, sink, Map.of())
                .body(new String[] {"--reason", "earnings", "--flatten"}))
                .containsExactly(Map.entry("state", "HALTED"), Map.entry("reason", "earnings"),
                        Map.entry("flatten", true));
        assertThat(new TradingStateCommand("reduce", sink, sink, Map.of()).body(new String[] {"--reason=calmer"}))
                .containsEntry("state", "REDUCING").containsEntry("flatten", false);
        assertThat(new TradingStateCommand("resume", sink, sink, Map.of()).body(new String[] {"--reason", "ok"}))
                .containsEntry("state", "ACTIVE");
    }

    @Test
    void aMissingReasonOrAnUnknownOptionExits2NamingIt() {
        assertThat(run(Map.of("TRADESUITE_OPERATOR_TOKEN", TOKEN), "halt")).isEqualTo(OpsMain.EXIT_USAGE);
        assertThat(err()).contains("'--reason' is required");
        assertThat(run(Map.of("TRADESUITE_OPERATOR_TOKEN", TOKEN), "halt", "--reason", "x", "--token", "t"))
                .isEqualTo(OpsMain.EXIT_USAGE);
        assertThat(err()).contains("unknown option '--token'");
    }

    @Test
    void withoutTheTokenVariableItExits1NamingIt() {
        assertThat(run(Map.of(), "halt", "--reason", "x", "--url", "http://localhost:1")).isEqualTo(OpsMain.EXIT_ERROR);
        assertThat(err()).contains("TRADESUITE_OPERATOR_TOKEN is not set");
    }

    @Test
    void withNobodyListeningItExits1WithoutPrintingTheToken() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(run(Map.of("TRADESUITE_OPERATOR_TOKEN", TOKEN), "resume", "--reason", "x", "--url",
                "http://127.0.0.1:" + closedPort, "--timeout", "2s")).isEqualTo(OpsMain.EXIT_ERROR);
        assertThat(err()).contains("did not answer").doesNotContain(TOKEN);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
    }

    @Test
    void theResultingStateIsPrintedWithItsLatch() throws IOException {
        assertThat(TradingStateCommand.describe(new ObjectMapper().readTree("""
                {"state":"HALTED","setBy":"DAILY_LOSS_LIMIT","reason":"day loss 2000","latchUntil":"2026-11-21T05:00:00Z"}
                """))).isEqualTo("Trading state: HALTED by DAILY_LOSS_LIMIT until 2026-11-21T05:00:00Z: day loss 2000");
    }

    @Test
    void helpNamesTheTokenVariable() {
        assertThat(run(Map.of(), "halt", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("TRADESUITE_OPERATOR_TOKEN", "--flatten");
    }
}
