package com.tradesuite.domain.report;

import com.tradesuite.schemas.event.ExitLayer;

/** How many position-reducing fills one exit layer and reason produced. */
public record ExitTally(ExitLayer layer, String reason, int count) {

    public ExitTally plus(int more) {
        return new ExitTally(layer, reason, count + more);
    }

    static String key(ExitLayer layer, String reason) {
        return layer.name() + '\u0000' + reason;
    }
}
