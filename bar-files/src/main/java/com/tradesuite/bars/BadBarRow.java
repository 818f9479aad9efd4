package com.tradesuite.bars;

import java.nio.file.Path;

/** A row of a bar file that is not a usable bar; the message names the file, the line and why. */
public final class BadBarRow extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String reason;
    private final String row;

    public BadBarRow(Path file, long line, String reason, String row) {
        super(file + ":" + line + ": " + reason + (row == null || row.isEmpty() ? "" : " (row: " + row + ")"));
        this.file = file;
        this.line = line;
        this.reason = reason;
        this.row = row;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    /** The row's text as written. */
    public String row() {
        return row;
    }
}
