package com.tradesuite.ops.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code --name value}, {@code --name=value} and {@code --flag} against one command's known options; anything
 * else is a {@link UsageException} naming the offending argument.
 */
public final class ArgParser {

    private final String command;
    private final Set<String> valued;
    private final Set<String> flags;

    /**
     * @param valued options that take a value, e.g. {@code --bootstrap}
     * @param flags options that take none, e.g. {@code --json}
     */
    public ArgParser(String command, Set<String> valued, Set<String> flags) {
        this.command = command;
        this.valued = Set.copyOf(valued);
        this.flags = Set.copyOf(flags);
    }

    public Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        Set<String> given = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException(command + ": unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (flags.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException(command + ": option '" + name + "' takes no value");
                }
                given.add(name);
            } else if (valued.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw new UsageException(command + ": option '" + name + "' needs a value");
                }
                if (value.isBlank()) {
                    throw new UsageException(command + ": option '" + name + "' needs a value");
                }
                values.put(name, value);
            } else {
                throw new UsageException(command + ": unknown option '" + name + "' (see " + command + " --help)");
            }
        }
        return new Options(command, values, given);
    }
}
