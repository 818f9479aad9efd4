package com.tradesuite.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.tradesuite.bars.BarFileFormat;

/**
 * The run command's options; every option has a default, and a bad value stops the run naming the option.
 *
 * @param projectDir the repository root holding each service's packaged application
 * @param kafkaPort the embedded broker's client port (0 = any free port)
 * @param basePort the first service HTTP port; services take consecutive ports (0 = free ports)
 * @param exchangePort the paper exchange's HTTP port (0 = a free port)
 * @param symbols the symbols the exchange lists and the scanner watches
 * @param sessionLength simulated length of the trading session; null = no session, run until Ctrl-C
 * @param speedUp simulated seconds per real second
 * @param seed the price generator's seed: the same seed gives the same prices
 * @param instances how many instances of each partition-scaled service to run (1 unless --scale says more)
 * @param help print the usage and exit
 * @param bars the bar files to replay instead of generated prices, and how to read and play them
 * @param backtest move the clock in lockstep with the suite (each bar once the suite has finished with the last)
 *     instead of at the speed-up, and print a backtest summary
 * @param readModel whether (and where) the monitor writes its PostgreSQL read model
 */
public record LocalStackOptions(Path projectDir, int kafkaPort, int basePort, int exchangePort, List<String> symbols,
                                Duration sessionLength, double speedUp, long seed,
                                Map<String, Integer> instances, boolean help, BarOptions bars, boolean backtest,
                                ReadModelOption readModel) {

    /** The services whose state is all per symbol, so they run up to one instance per partition. */
    public static final List<String> SCALABLE = List.of("seller-service", "risk-manager-service");
    private static final int MAX_INSTANCES = 6;

    /** The help text, kept in one place (usage.txt) that run.sh prints too, without building. */
    static final String USAGE = usage();


    public static final List<String> DEFAULT_SYMBOLS = List.of("AAPL", "AMD", "MSFT", "NVDA", "SPY", "TSLA");

    public static LocalStackOptions parse(List<String> args) {
        return parse(args, System.getenv());
    }

    /** @param env the launcher's environment: the monitor's read-model variables when --read-model names no URL */
    static LocalStackOptions parse(List<String> args, Map<String, String> env) {
        Path projectDir = Path.of("").toAbsolutePath();
        int kafkaPort = 9092;
        int basePort = 8081;
        int exchangePort = 8089;
        List<String> symbols = DEFAULT_SYMBOLS;
        Duration session = Duration.ofMinutes(390);
        double speedUp = 120;
        long seed = 42;
        boolean symbolsChosen = false;
        boolean sessionChosen = false;
        List<Path> csv = new ArrayList<>();
        ZoneId csvZone = BarFileFormat.DEFAULT_ZONE;
        boolean skipBadRows = false;
        boolean extendedHours = false;
        Map<String, Integer> instances = Map.of();
        boolean help = false;
        boolean backtest = false;
        boolean readModel = false;
        String readModelUrl = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--project-dir" -> projectDir = Path.of(value(args, ++i, option)).toAbsolutePath();
                case "--kafka-port" -> kafkaPort = port(value(args, ++i, option), option);
                case "--base-port" -> basePort = port(value(args, ++i, option), option);
                case "--exchange-port" -> exchangePort = port(value(args, ++i, option), option);
                case "--symbols" -> {
                    symbols = symbols(value(args, ++i, option), option);
                    symbolsChosen = true;
                }
                case "--session" -> {
                    session = duration(value(args, ++i, option), option);
                    sessionChosen = true;
                }
                case "--no-session" -> {
                    session = null;
                    sessionChosen = true;
                }
                case "--backtest" -> backtest = true;
                case "--read-model" -> readModel = true;
                case "--read-model-url" -> {
                    readModelUrl = value(args, ++i, option).trim();
                    readModel = true;
                }
                case "--speed-up" -> speedUp = positive(value(args, ++i, option), option);
                case "--seed" -> seed = whole(value(args, ++i, option), option);
                case "--csv" -> csv.add(Path.of(value(args, ++i, option)).toAbsolutePath());
                case "--csv-zone" -> csvZone = zone(value(args, ++i, option), option);
                case "--skip-bad-rows" -> skipBadRows = true;
                case "--extended-hours" -> extendedHours = true;
                case "--scale" -> instances = scale(value(args, ++i, option), option);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n\n" + USAGE);
            }
        }
        if (!help && !Files.isDirectory(projectDir)) {
            throw new IllegalArgumentException("--project-dir: " + projectDir + " is not a directory");
        }
        for (Path file : csv) {
            if (!help && !Files.isReadable(file)) {
                throw new IllegalArgumentException("--csv: cannot read " + file);
            }
        }
        BarOptions bars = new BarOptions(csv, new BarFileFormat(csvZone, skipBadRows), extendedHours,
                symbolsChosen, !csv.isEmpty() && !sessionChosen);
        if (backtest && session == null) {
            throw new IllegalArgumentException("--backtest needs a session: it cannot be combined with --no-session");
        }
        return new LocalStackOptions(projectDir, kafkaPort, basePort, exchangePort, symbols, session, speedUp, seed,
                instances, help, bars, backtest, readModel ? ReadModelOption.on(readModelUrl, env)
                        : ReadModelOption.off());
    }

    private static String usage() {
        try (InputStream in = LocalStackOptions.class.getResourceAsStream("/usage.txt")) {
            if (in == null) {
                throw new IllegalStateException("usage.txt is missing from the launcher");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read usage.txt", e);
        }
    }

    private static ZoneId zone(String text, String option) {
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a time zone (e.g. America/New_York,"
                    + " UTC, Europe/London)");
        }
    }

    /** Instances of the service (1 unless scaled). */
    public int instancesOf(String service) {
        return instances.getOrDefault(service, 1);
    }

    private static Map<String, Integer> scale(String text, String option) {
        Map<String, Integer> scaled = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] pair = part.trim().split("=");
            if (pair.length != 2 || !SCALABLE.contains(pair[0].trim())) {
                throw new IllegalArgumentException(option + ": '" + part.trim() + "' is not <service>=<instances> with"
                        + " a service of " + SCALABLE);
            }
            long count = whole(pair[1], option);
            if (count < 1 || count > MAX_INSTANCES) {
                throw new IllegalArgumentException(option + ": " + pair[0].trim() + "=" + count + " is outside 1.."
                        + MAX_INSTANCES + " (the partition count)");
            }
            scaled.put(pair[0].trim(), (int) count);
        }
        return Map.copyOf(scaled);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int port(String text, String option) {
        long port = whole(text, option);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(option + ": " + port + " is not a port (0..65535)");
        }
        return (int) port;
    }

    private static long whole(String text, String option) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a number");
        }
    }

    private static double positive(String text, String option) {
        try {
            double value = Double.parseDouble(text.trim());
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(option + ": " + text + " must be a positive number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a number");
        }
    }

    private static List<String> symbols(String text, String option) {
        List<String> symbols = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
        if (symbols.isEmpty() || symbols.stream().anyMatch(s -> !s.matches("[A-Z][A-Z0-9.]{0,9}"))) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a comma-separated list of symbols");
        }
        return symbols;
    }

    static Duration duration(String text, String option) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration parsed;
            if (value.startsWith("pt")) {
                parsed = Duration.parse(value.toUpperCase(Locale.ROOT));
            } else {
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                parsed = switch (value.charAt(value.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> throw new IllegalArgumentException(option + ": '" + text
                            + "' needs a unit s, m or h");
                };
            }
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException(option + ": '" + text + "' must be positive");
            }
            return parsed;
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a duration like 30s, 90m or PT2H");
        }
    }
}
