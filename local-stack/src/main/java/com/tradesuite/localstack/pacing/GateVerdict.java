package com.tradesuite.localstack.pacing;

import java.util.List;

/**
 * The gate's answer for one observation: release the next bar, keep waiting, or release anyway because the bar's
 * deadline passed (a fallback step).
 *
 * @param decision what to do
 * @param blockers what is still unfinished, one short phrase each (empty on a plain release)
 */
public record GateVerdict(Decision decision, List<String> blockers) {

    /** What the clock does next. */
    public enum Decision { RELEASE, WAIT, FALLBACK }

    public GateVerdict {
        blockers = List.copyOf(blockers);
    }

    public boolean releases() {
        return decision != Decision.WAIT;
    }
}
