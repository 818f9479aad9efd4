package com.tradesuite.ops.cli;

import java.io.PrintStream;
import java.util.Map;

/** A command that prints results on {@code out}, warnings and progress on {@code err}, and reads the environment. */
public abstract class ConsoleCommand {

    protected final PrintStream out;
    protected final PrintStream err;
    protected final Map<String, String> env;

    protected ConsoleCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }
}
