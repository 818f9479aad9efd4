package com.tradesuite.ops.bracket;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.BrokerConfigException;
import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.http.TradingClient;
import com.tradesuite.broker.model.LatestQuote;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.broker.request.InvalidOrderRequestException;
import com.tradesuite.ops.cli.ArgParser;
import com.tradesuite.ops.cli.ConsoleCommand;
import com.tradesuite.ops.cli.Options;
import com.tradesuite.ops.cli.UsageException;

/**
 * {@code check-bracket}: places the smallest bracket entry at the broker, reads it back with its legs, checks it is a
 * real bracket (order_class, two legs of the right kinds, sides, quantities and prices as sent), prints it as a tree
 * with one verdict line, and cancels everything it placed.
 */
public final class CheckBracketCommand extends ConsoleCommand {

    public static final String NAME = "check-bracket";
    public static final String DEFAULT_SYMBOL = "SPY";
    /** The paper exchange's fixed default port. */
    public static final String DEFAULT_BROKER_URL = "http://localhost:8089";
    static final int EXIT_FAIL = 1;

    public static final String HELP = """
            Usage: ops-cli check-bracket [--symbol S] [--broker-url URL] [--live]

            Places a bracket entry for 1 share at the broker (a buy limit 2% below the last quote, take-profit 2%
            above it, stop 2% below the entry, time in force day), reads it back with its legs and checks: parent
            order_class bracket, exactly two legs (a take-profit limit and a stop or stop_limit), both sell, each
            the parent's qty, prices as sent. Prints the order as a tree and one PASS/FAIL line, then cancels the
            parent and its legs and says which, if any, could not be canceled.
            The entry rests below the market, so the legs exist (held) without a position ever being opened.

              --symbol S        symbol to use (default SPY)
              --broker-url URL  trading URL (default $APCA_API_BASE_URL, else the paper exchange at
                                http://localhost:8089); keys from APCA_API_KEY_ID / APCA_API_SECRET_KEY
              --live            allow the live trading URL (https://api.alpaca.markets); refused without it

            Exit codes: 0 pass (and all canceled), 1 fail (or something left open), 2 bad command line or config.
            """;

    private static final ArgParser PARSER = new ArgParser(NAME, Set.of("--symbol", "--broker-url"), Set.of("--live"));
    private static final BigDecimal BELOW = new BigDecimal("0.98");
    private static final BigDecimal ABOVE = new BigDecimal("1.02");
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(200);

    private final ObjectMapper mapper = new ObjectMapper();

    public CheckBracketCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        super(out, err, env);
    }

    public int run(String[] args) {
        Options options = PARSER.parse(args);
        String symbol = options.value("--symbol").orElse(DEFAULT_SYMBOL).toUpperCase(Locale.ROOT);
        BrokerConfig config = brokerConfig(options);
        if (config.isLiveTrading() && !options.flag("--live")) {
            throw new UsageException(NAME + ": " + config.tradingUrl() + " is the LIVE trading URL and this command"
                    + " places a real order; pass --live to run it there, or point --broker-url (or "
                    + BrokerConfig.BASE_URL + ") at the paper exchange or " + BrokerConfig.PAPER_URL);
        }
        try (BrokerClient broker = BrokerClient.create(config)) {
            return check(broker, symbol);
        }
    }

    private BrokerConfig brokerConfig(Options options) {
        Map<String, String> brokerEnv = new HashMap<>(env);
        String url = options.value("--broker-url")
                .orElse(env.getOrDefault(BrokerConfig.BASE_URL, "").isBlank() ? DEFAULT_BROKER_URL
                        : env.get(BrokerConfig.BASE_URL));
        brokerEnv.put(BrokerConfig.BASE_URL, url);
        // --live is this command's own opt-in, checked in run(); the client's opt-in must not refuse it first.
        brokerEnv.put(BrokerConfig.ALLOW_LIVE, "true");
        try {
            return BrokerConfig.fromEnvironment(brokerEnv);
        } catch (BrokerConfigException e) {
            throw new UsageException(NAME + ": " + e.getMessage());
        }
    }

    private int check(BrokerClient broker, String symbol) {
        TradingClient trading = broker.trading();
        BigDecimal last = broker.marketData().latestQuote(symbol).flatMap(LatestQuote::mid).orElse(null);
        if (last == null) {
            err.println("error: " + NAME + ": no quote for " + symbol + " at " + broker.config().dataUrl()
                    + " (is the symbol traded there?)");
            return EXIT_FAIL;
        }
        SentBracket sent = prices(symbol, last);
        String clientOrderId = NAME + "-" + UUID.randomUUID();
        out.println(NAME + " " + symbol + " at " + broker.config().tradingUrl() + ": last " + last.toPlainString()
                + ", buy 1 limit " + sent.entryLimit().toPlainString() + ", take-profit "
                + sent.takeProfit().toPlainString() + ", stop " + sent.stopPrice().toPlainString()
                + " (client_order_id " + clientOrderId + ")");
        Order placed;
        try {
            placed = trading.submitOrder(BracketEntry.of(symbol, OrderSide.BUY, sent.qty()).limit(sent.entryLimit())
                    .takeProfit(sent.takeProfit()).stopLoss(sent.stopPrice()).timeInForce(TimeInForce.DAY)
                    .clientOrderId(clientOrderId).build());
        } catch (InvalidOrderRequestException e) {
            out.println(BracketCheck.verdict(sent, List.of("no bracket could be built at these prices: "
                    + e.getMessage())));
            return EXIT_FAIL;
        } catch (BrokerException e) {
            List<String> problems = new ArrayList<>(List.of("the broker did not take the bracket: " + e.getMessage()));
            problems.addAll(cancelLeftover(trading, clientOrderId));
            out.println(BracketCheck.verdict(sent, problems));
            return EXIT_FAIL;
        }
        List<String> problems = new ArrayList<>();
        try {
            JsonNode answer = mapper.readTree(trading.getOrderJson(placed.id()));
            out.print(BracketCheck.tree(answer));
            problems.addAll(BracketCheck.problems(answer, sent));
        } catch (BrokerException | JsonProcessingException e) {
            problems.add("could not read order " + placed.id() + " back: " + e.getMessage());
        }
        problems.addAll(cancelAll(trading, placed.id()));
        out.println(BracketCheck.verdict(sent, problems));
        return problems.isEmpty() ? 0 : EXIT_FAIL;
    }

    /** Entry 2% below the last price (rests unfilled), take-profit 2% above it, stop 2% below the entry; in cents. */
    static SentBracket prices(String symbol, BigDecimal last) {
        BigDecimal entry = last.multiply(BELOW).setScale(2, RoundingMode.DOWN);
        BigDecimal takeProfit = last.multiply(ABOVE).setScale(2, RoundingMode.UP);
        BigDecimal stop = entry.multiply(BELOW).setScale(2, RoundingMode.DOWN);
        return new SentBracket(symbol, BigDecimal.ONE, entry, takeProfit, stop);
    }

    /**
     * Cancels the parent (which cancels its legs), then any leg still open, and waits until each is canceled;
     * prints what became of each and returns one problem per order that is not canceled.
     */
    private List<String> cancelAll(TradingClient trading, String parentId) {
        cancelQuietly(trading, parentId);
        long deadline = System.nanoTime() + CANCEL_WAIT.toNanos();
        boolean legsCanceled = false;
        Order parent;
        try {
            while (true) {
                parent = trading.getOrder(parentId);
                List<Order> open = orders(parent).stream().filter(order -> !order.status().isTerminal()).toList();
                if (open.isEmpty() || System.nanoTime() > deadline) {
                    break;
                }
                if (!legsCanceled) {
                    // Some venues leave legs working after the parent's cancel: ask for each one.
                    open.stream().filter(order -> !order.id().equals(parentId))
                            .forEach(order -> cancelQuietly(trading, order.id()));
                    legsCanceled = true;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (BrokerException e) {
            String problem = "could not confirm the cancel of " + parentId + " and its legs: " + e.getMessage();
            out.println("Cleanup: " + problem);
            return List.of(problem);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("interrupted before the cancel of " + parentId + " was confirmed");
        }
        List<String> problems = new ArrayList<>();
        for (Order order : orders(parent)) {
            String status = order.status().wire();
            out.println("Cleanup: " + order.id() + " " + status);
            if (!status.equals("canceled")) {
                problems.add("order " + order.id() + " could not be canceled (status " + status + ")");
            }
        }
        if (parent.filledQty().signum() > 0) {
            problems.add("the entry filled " + parent.filledQty().toPlainString() + " " + parent.symbol()
                    + " before its cancel: that position is still open, close it");
        }
        return problems;
    }

    /** A submit that timed out may still have reached the broker: cancel whatever carries our client order id. */
    private List<String> cancelLeftover(TradingClient trading, String clientOrderId) {
        try {
            return trading.findOrderByClientOrderId(clientOrderId).map(order -> cancelAll(trading, order.id()))
                    .orElse(List.of());
        } catch (BrokerException e) {
            return List.of("could not look for an order with client_order_id " + clientOrderId + " to cancel it: "
                    + e.getMessage());
        }
    }

    private static List<Order> orders(Order parent) {
        return concat(List.of(parent), parent.legs());
    }

    private void cancelQuietly(TradingClient trading, String orderId) {
        try {
            trading.cancelOrder(orderId);
        } catch (BrokerException e) {
            // Already final (422) or refused: the status read afterwards says which.
            err.println("warning: cancel of " + orderId + " answered: " + e.getMessage());
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
