package com.tradesuite.ops.state;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.ops.OpsMain;
import com.tradesuite.ops.cli.ArgParser;
import com.tradesuite.ops.cli.Options;
import com.tradesuite.ops.cli.UsageException;

/**
 * {@code halt}, {@code reduce}, {@code resume}: asks the risk manager ({@code POST /trading-state}, bearer token from
 * {@code TRADESUITE_OPERATOR_TOKEN}) to change the trading state and prints the state that results; exit 0 changed,
 * 1 refused or unreachable, 2 bad command line. The token is never printed.
 */
public final class TradingStateCommand {

    public static final String HALT = "halt";
    public static final String REDUCE = "reduce";
    public static final String RESUME = "resume";
    public static final String TOKEN_ENV = "TRADESUITE_OPERATOR_TOKEN";
    public static final String URL_ENV = "TRADESUITE_RISK_MANAGER_URL";
    static final String DEFAULT_URL = "http://localhost:8084";

    public static final String HELP = """
            Usage: ops-cli halt|reduce|resume --reason TEXT [--flatten] [--url URL] [--timeout D]

            Changes the account's trading state through the risk manager (POST /trading-state) and prints the
            state in force afterwards. halt -> HALTED (no entries), reduce -> REDUCING (no entries, exits go on),
            resume -> ACTIVE (clears an operator's halt and a max-drawdown latch; a daily-loss latch holds until
            the next New York trading day, and the printed state says so).

              --reason TEXT   why (required; written to the log)
              --flatten       with halt only: also close every open position at market, each after its
                              orders are cancelled (the risk manager refuses it with reduce or resume)
              --url URL       the risk manager (default: $TRADESUITE_RISK_MANAGER_URL or http://localhost:8084)
              --timeout D     HTTP timeout (default 10s)

            The bearer token is read from $TRADESUITE_OPERATOR_TOKEN only (never from the command line).
            """;

    private static final Map<String, String> STATES = Map.of(HALT, "HALTED", REDUCE, "REDUCING", RESUME, "ACTIVE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String command;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public TradingStateCommand(String command, PrintStream out, PrintStream err, Map<String, String> env) {
        if (!STATES.containsKey(command)) {
            throw new IllegalArgumentException("not a trading state command: " + command);
        }
        this.command = command;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** The body this command sends, for {@code args}; a bad command line is a {@link UsageException}. */
    public Map<String, Object> body(String[] args) {
        return body(parser().parse(args));
    }

    public int run(String[] args) {
        Options options = parser().parse(args);
        Map<String, Object> body = body(options);
        String url = options.value("--url").or(() -> nonBlank(env.get(URL_ENV))).orElse(DEFAULT_URL);
        URI endpoint;
        try {
            endpoint = URI.create(url.replaceAll("/+$", "") + "/trading-state");
        } catch (IllegalArgumentException bad) {
            throw new UsageException(command + ": option '--url' needs a URL such as http://localhost:8084, got '"
                    + url + "'");
        }
        Duration timeout = options.duration("--timeout").orElse(Duration.ofSeconds(10));
        String token = nonBlank(env.get(TOKEN_ENV)).orElse(null);
        if (token == null) {
            err.println("error: " + TOKEN_ENV + " is not set: the risk manager needs the operator token");
            return OpsMain.EXIT_ERROR;
        }
        HttpResponse<String> response;
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
            response = client.send(HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            err.println("error: the risk manager at " + endpoint + " did not answer: " + failure);
            return OpsMain.EXIT_ERROR;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return OpsMain.EXIT_ERROR;
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String message = answer.path("error").asText(response.body());
            err.println("error: the risk manager refused (HTTP " + response.statusCode() + "): " + message);
            return OpsMain.EXIT_ERROR;
        }
        out.println(describe(answer));
        return 0;
    }

    /** {@code Trading state: HALTED by OPERATOR: reason} (+ the latch end when one runs). */
    public static String describe(JsonNode state) {
        String latch = state.path("latchUntil").isTextual() ? " until " + state.path("latchUntil").asText() : "";
        return "Trading state: " + state.path("state").asText("?") + " by " + state.path("setBy").asText("?")
                + latch + ": " + state.path("reason").asText("");
    }

    private Map<String, Object> body(Options options) {
        String reason = options.value("--reason").map(String::strip)
                .orElseThrow(() -> new UsageException(command + ": option '--reason' is required"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", STATES.get(command));
        body.put("reason", reason);
        body.put("flatten", options.flag("--flatten"));
        return body;
    }

    private ArgParser parser() {
        return new ArgParser(command, Set.of("--reason", "--url", "--timeout"), Set.of("--flatten"));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
