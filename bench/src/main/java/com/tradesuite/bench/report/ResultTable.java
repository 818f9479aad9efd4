package com.tradesuite.bench.report;

import java.util.ArrayList;
import java.util.List;

/** The Markdown report: a header of run facts, then one table row per measure. */
public final class ResultTable {

    private final List<String> facts = new ArrayList<>();
    private final List<ResultRow> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void fact(String name, String value) {
        facts.add("- " + name + ": " + value);
    }

    public void add(ResultRow row) {
        rows.add(row);
    }

    public void addAll(List<ResultRow> more) {
        rows.addAll(more);
    }

    public void note(String text) {
        notes.add("- " + text);
    }

    public String markdown() {
        StringBuilder text = new StringBuilder("# Benchmark results\n\n");
        text.append("Written by `bench` (see bench/README.md); every figure below was measured in this run.\n\n");
        facts.forEach(fact -> text.append(fact).append('\n'));
        text.append("\n| part | measure | result | goal | met |\n| --- | --- | --- | --- | --- |\n");
        for (ResultRow row : rows) {
            text.append("| ").append(cell(row.part())).append(" | ").append(cell(row.measure())).append(" | ")
                    .append(cell(row.result())).append(" | ").append(cell(row.goal())).append(" | ")
                    .append(row.metText()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            text.append("\nNotes:\n");
            notes.forEach(note -> text.append(note).append('\n'));
        }
        return text.toString();
    }

    private static String cell(String value) {
        return value.replace("|", "\\|").replace("\n", " ");
    }
}
