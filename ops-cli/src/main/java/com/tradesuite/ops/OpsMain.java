package com.tradesuite.ops;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.kafka.common.KafkaException;

import com.tradesuite.broker.BrokerConfigException;
import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.ops.bracket.CheckBracketCommand;
import com.tradesuite.ops.cli.ConsoleCommand;
import com.tradesuite.ops.cli.UsageException;
import com.tradesuite.ops.replay.ReplayCommand;
import com.tradesuite.ops.state.TradingStateCommand;
import com.tradesuite.ops.tail.TailCommand;
import com.tradesuite.schemas.topic.TopicLayoutException;

/** The operator tool's entry point: picks the command, maps outcomes to exit codes (0 ok, 1 error, 2 usage, 3 differs). */
public final class OpsMain extends ConsoleCommand {

    public static final int EXIT_ERROR = 1;
    public static final int EXIT_USAGE = 2;

    static final String HELP = """
            Usage: ops-cli <command> [options]     (ops-cli <command> --help for its options)

            Commands:
              replay         rebuild positions, open orders and cooldowns from the log; compare with the broker
              tail           follow a topic (default exit-source) and print one line per record
              create-topics  create the catalog's topics (the services' startup provisioning, one shot)
              check-bracket  place a 1-share bracket at the broker, check its legs came back as sent, cancel it
              halt           stop new entries (trading state HALTED) through the risk manager
              reduce         stop new entries, exits go on (trading state REDUCING)
              resume         trading state ACTIVE again (a daily-loss latch holds until the next New York day)

            Kafka defaults to $KAFKA_BOOTSTRAP_SERVERS when --bootstrap is not given.
            """;

    public OpsMain(PrintStream out, PrintStream err, Map<String, String> env) {
        super(out, err, env);
    }

    public static void main(String[] args) {
        // The broker client logs through java.util.logging; the operator reads tables, not client chatter.
        Logger.getLogger("com.tradesuite").setLevel(Level.WARNING);
        System.exit(new OpsMain(System.out, System.err, System.getenv()).run(args));
    }

    public int run(String[] args) {
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
            out.print(HELP);
            return args.length == 0 ? EXIT_USAGE : 0;
        }
        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        boolean help = Arrays.asList(rest).contains("--help");
        try {
            return switch (command) {
                case ReplayCommand.NAME -> help ? printHelp(ReplayCommand.HELP)
                        : new ReplayCommand(out, err, env).run(rest);
                case TailCommand.NAME -> help ? printHelp(TailCommand.HELP) : new TailCommand(out, err, env).run(rest);
                case CreateTopicsCommand.NAME -> help ? printHelp(CreateTopicsCommand.HELP)
                        : new CreateTopicsCommand(out, env).run(rest);
                case CheckBracketCommand.NAME -> help ? printHelp(CheckBracketCommand.HELP)
                        : new CheckBracketCommand(out, err, env).run(rest);
                case TradingStateCommand.HALT, TradingStateCommand.REDUCE, TradingStateCommand.RESUME ->
                        help ? printHelp(TradingStateCommand.HELP)
                                : new TradingStateCommand(command, out, err, env).run(rest);
                default -> throw new UsageException("unknown command '" + command
                        + "' (replay, tail, create-topics, check-bracket, halt, reduce, resume)");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return EXIT_USAGE;
        } catch (BrokerConfigException | BrokerException | KafkaException | TopicLayoutException e) {
            err.println("error: " + e.getMessage());
            return EXIT_ERROR;
        }
    }

    private int printHelp(String text) {
        out.print(text);
        return 0;
    }
}
