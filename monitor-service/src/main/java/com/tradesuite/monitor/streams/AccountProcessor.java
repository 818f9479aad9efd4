package com.tradesuite.monitor.streams;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import com.tradesuite.domain.report.ProtectionBoard;
import com.tradesuite.domain.report.ReportAggregate;
import com.tradesuite.domain.report.ReportEntry;

/**
 * Sums every symbol's report entries (re-keyed to the one account key) into the account's history, its day and its
 * protection board, through the domain aggregates; no rule of its own.
 */
final class AccountProcessor implements Processor<String, ReportEntry, Void, Void> {

    private KeyValueStore<String, ReportAggregate> total;
    private KeyValueStore<String, ReportAggregate> days;
    private KeyValueStore<String, ProtectionBoard> protection;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.total = context.getStateStore(ReportStores.ACCOUNT_TOTAL);
        this.days = context.getStateStore(ReportStores.ACCOUNT_DAYS);
        this.protection = context.getStateStore(ReportStores.ACCOUNT_PROTECTION);
    }

    @Override
    public void process(Record<String, ReportEntry> record) {
        ReportEntry entry = record.value();
        ReportAggregate history = total.get(ReportStores.ACCOUNT);
        total.put(ReportStores.ACCOUNT, (history == null ? ReportAggregate.empty() : history).add(entry));
        String dayKey = entry.day().toString();
        ReportAggregate day = days.get(dayKey);
        days.put(dayKey, (day == null ? ReportAggregate.empty() : day).add(entry));
        ProtectionBoard board = protection.get(ReportStores.ACCOUNT);
        protection.put(ReportStores.ACCOUNT, (board == null ? ProtectionBoard.empty() : board).add(entry));
    }
}
