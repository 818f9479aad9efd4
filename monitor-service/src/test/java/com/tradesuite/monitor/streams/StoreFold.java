package com.tradesuite.monitor.streams;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tradesuite.domain.report.ProtectionBoard;
import com.tradesuite.domain.report.ReportAggregate;
import com.tradesuite.domain.report.SymbolLedger;
import com.tradesuite.schemas.event.EventEnvelope;

/** What the topology's stores hold after these events, folded in the given order without Kafka (for unit tests). */
public final class StoreFold {

    private StoreFold() {
    }

    public static AccountReport of(List<? extends EventEnvelope<?>> events, boolean complete) {
        Map<String, SymbolLedger> ledgers = new HashMap<>();
        ReportAggregate history = ReportAggregate.empty();
        ProtectionBoard protection = ProtectionBoard.empty();
        Map<LocalDate, ReportAggregate> days = new TreeMap<>();
        for (EventEnvelope<?> event : events) {
            SymbolLedger.Step step = ledgers.getOrDefault(event.symbol(), SymbolLedger.empty()).apply(event);
            ledgers.put(event.symbol(), step.ledger());
            history = history.add(step.entry());
            protection = protection.add(step.entry());
            days.merge(step.entry().day(), ReportAggregate.empty().add(step.entry()),
                    (day, one) -> day.add(step.entry()));
        }
        return new AccountReport(history, List.copyOf(days.values()), protection, complete);
    }
}
