package com.tradesuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.ops.state.TradingStateCommand;

/**
 * The command line of halt / reduce / resume, and what happens before or without an answer (no token, nobody
 * listening). The exchange with a real risk manager is the risk manager's TradingStateIT.
 */
class TradingStateCommandTest {

    private static final String TOKEN = "test-operator-token-0123456789";
    private static final Map<String, String> WITH_TOKEN = Map.of("TRADESUITE_OPERATOR_TOKEN", TOKEN);

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
        CliResult noReason = CliResult.run(WITH_TOKEN, "halt");
        assertThat(noReason.exitCode()).isEqualTo(OpsMain.EXIT_USAGE);
        assertThat(noReason.err()).contains("'--reason' is required");
        CliResult tokenOption = CliResult.run(WITH_TOKEN, "halt", "--reason", "x", "--token", "t");
        assertThat(tokenOption.exitCode()).isEqualTo(OpsMain.EXIT_USAGE);
        assertThat(tokenOption.err()).contains("unknown option '--token'");
    }

    @Test
    void withoutTheTokenVariableItExits1NamingIt() {
        CliResult result = CliResult.run(Map.of(), "halt", "--reason", "x", "--url", "http://localhost:1");
        assertThat(result.exitCode()).isEqualTo(OpsMain.EXIT_ERROR);
        assertThat(result.err()).contains("TRADESUITE_OPERATOR_TOKEN is not set");
    }

    @Test
    void withNobodyListeningItExits1WithoutPrintingTheToken() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliResult result = CliResult.run(WITH_TOKEN, "resume", "--reason", "x", "--url",
                "http://127.0.0.1:" + closedPort, "--timeout", "2s");
        assertThat(result.exitCode()).isEqualTo(OpsMain.EXIT_ERROR);
        assertThat(result.err()).contains("did not answer").doesNotContain(TOKEN);
        assertThat(result.out()).doesNotContain(TOKEN);
    }

    @Test
    void theResultingStateIsPrintedWithItsLatch() throws IOException {
        assertThat(TradingStateCommand.describe(new ObjectMapper().readTree("""
                {"state":"HALTED","setBy":"DAILY_LOSS_LIMIT","reason":"day loss 2000","latchUntil":"2026-11-21T05:00:00Z"}
                """))).isEqualTo("Trading state: HALTED by DAILY_LOSS_LIMIT until 2026-11-21T05:00:00Z: day loss 2000");
    }

    @Test
    void helpNamesTheTokenVariable() {
        CliResult help = CliResult.run(Map.of(), "halt", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("TRADESUITE_OPERATOR_TOKEN", "--flatten");
    }
}
