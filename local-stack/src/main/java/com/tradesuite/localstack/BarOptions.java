package com.tradesuite.localstack;

import java.nio.file.Path;
import java.util.List;

import com.tradesuite.bars.BarFileFormat;

/**
 * The run's bar files: which, how they are read, and how they are played; no files means seeded prices.
 *
 * @param files files or directories given with {@code --csv}, in order
 * @param format zone of local timestamps ({@code --csv-zone}) and {@code --skip-bad-rows}
 * @param extendedHours {@code --extended-hours}: bars outside 09:30-16:00 New York are played too
 * @param symbolsChosen {@code --symbols} was given: the scanner watches those (each must be in the files)
 * @param throughLastBar no {@code --session}: the session covers the files' trading days to their last bar (with it:
 *     the same days, at most the session length of trading time)
 */
public record BarOptions(List<Path> files, BarFileFormat format, boolean extendedHours, boolean symbolsChosen,
                         boolean throughLastBar) {

    public BarOptions {
        files = List.copyOf(files);
    }

    public boolean replay() {
        return !files.isEmpty();
    }
}
