package com.tradesuite.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The run command's options; every option has a default, and a bad value stops the run naming the option.
 *
 * @param projectDir the repository root holding each service's packaged application
 * @param kafkaPort the embedded broker's client port (0 = any free port)
 * @param basePort the first service HTTP port; services take consecutive ports (0 = free ports)
 * @param duration how long to run once ready; null = until Ctrl-C
 */
public record LocalStackOptions(Path projectDir, int kafkaPort, int basePort, Duration duration, boolean help) {

    static final String USAGE = """
            Usage: run.sh [options]
              Starts an embedded Kafka broker (KRaft) and every service as its own process, waits until all are
              ready, and runs until Ctrl-C (or --duration), then shuts everything down.

            Options:
              --project-dir DIR   repository root with the built services (default: current directory)
              --kafka-port N      Kafka client port (default 9092; 0 = any free port)
              --base-port N       first service HTTP port, services use N..N+4 (default 8081; 0 = free ports)
              --duration D        stop after D, e.g. 30s, 5m, PT1H (default: run until Ctrl-C)
              --help              print this help
            """;

    public static LocalStackOptions parse(List<String> args) {
        Path projectDir = Path.of("").toAbsolutePath();
        int kafkaPort = 9092;
        int basePort = 8081;
        Duration duration = null;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--project-dir" -> projectDir = Path.of(value(args, ++i, option)).toAbsolutePath();
                case "--kafka-port" -> kafkaPort = port(value(args, ++i, option), option);
                case "--base-port" -> basePort = port(value(args, ++i, option), option);
                case "--duration" -> duration = duration(value(args, ++i, option), option);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n\n" + USAGE);
            }
        }
        if (!help && !Files.isDirectory(projectDir)) {
            throw new IllegalArgumentException("--project-dir: " + projectDir + " is not a directory");
        }
        return new LocalStackOptions(projectDir, kafkaPort, basePort, duration, help);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static int port(String text, String option) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(option + ": " + port + " is not a port (0..65535)");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a number");
        }
    }

    static Duration duration(String text, String option) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("pt")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new IllegalArgumentException(option + ": '" + text + "' needs a unit s, m or h");
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a duration like 30s, 5m or PT1H");
        }
    }
}
