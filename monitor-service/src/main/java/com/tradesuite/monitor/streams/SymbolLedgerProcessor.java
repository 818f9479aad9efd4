package com.tradesuite.monitor.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import com.tradesuite.domain.report.ReportAggregate;
import com.tradesuite.domain.report.ReportEntry;
import com.tradesuite.domain.report.SymbolLedger;
import com.tradesuite.schemas.event.EventEnvelope;

/**
 * Folds one symbol's events through the domain's {@link SymbolLedger} (kept per symbol), sums each entry into the
 * symbol's day, and forwards the entry re-keyed to the account; no rule of its own.
 */
final class SymbolLedgerProcessor implements Processor<String, EventEnvelope<?>, String, ReportEntry> {

    private ProcessorContext<String, ReportEntry> context;
    private KeyValueStore<String, SymbolLedger> ledgers;
    private KeyValueStore<String, ReportAggregate> days;

    @Override
    public void init(ProcessorContext<String, ReportEntry> context) {
        this.context = context;
        this.ledgers = context.getStateStore(ReportStores.SYMBOL_LEDGERS);
        this.days = context.getStateStore(ReportStores.SYMBOL_DAYS);
    }

    @Override
    public void process(Record<String, EventEnvelope<?>> record) {
        EventEnvelope<?> envelope = record.value();
        String symbol = envelope.symbol();
        SymbolLedger ledger = ledgers.get(symbol);
        SymbolLedger.Step step = (ledger == null ? SymbolLedger.empty() : ledger).apply(envelope);
        ledgers.put(symbol, step.ledger());
        ReportEntry entry = step.entry();
        String dayKey = ReportStores.symbolDay(symbol, entry.day());
        ReportAggregate day = days.get(dayKey);
        days.put(dayKey, (day == null ? ReportAggregate.empty() : day).add(entry));
        context.forward(record.withKey(ReportStores.ACCOUNT).withValue(entry));
    }
}
