package com.tradesuite.scanner;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventDeadLettered;
import com.tradesuite.schemas.event.EventEnvelope;

/** The topics the scanner writes; each call returns once the log has the event (or throws). */
public interface ScannerOutput {

    void bar(EventEnvelope<BarClosed> bar);

    void signal(EventEnvelope<EntrySignalled> signal);

    void deadLetter(EventEnvelope<EventDeadLettered> letter);
}
