package com.tradesuite.ops.cli;

/** The command line is wrong (unknown option, missing or bad value): the tool prints the message and exits 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
