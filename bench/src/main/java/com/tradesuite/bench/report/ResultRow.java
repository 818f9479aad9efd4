package com.tradesuite.bench.report;

/**
 * One line of the results table.
 *
 * @param met true / false against the goal, null when the row has no goal or could not be judged
 */
public record ResultRow(String part, String measure, String result, String goal, Boolean met) {

    public static ResultRow info(String part, String measure, String result) {
        return new ResultRow(part, measure, result, "-", null);
    }

    public static ResultRow judged(String part, String measure, String result, String goal, boolean met) {
        return new ResultRow(part, measure, result, goal, met);
    }

    public String metText() {
        return met == null ? "-" : met ? "yes" : "**no**";
    }
}
