package com.tradesuite.monitor.streams;

import java.time.LocalDate;

/** The names of the monitor's state stores and the account key the account stores are re-keyed to. */
public final class ReportStores {

    /** Per symbol: the live {@code SymbolLedger} (position, open orders, latest exit ids). */
    public static final String SYMBOL_LEDGERS = "monitor-symbol-ledgers";
    /** Per symbol and New York trading day ({@code SYMBOL@yyyy-MM-dd}): that day's {@code ReportAggregate}. */
    public static final String SYMBOL_DAYS = "monitor-symbol-days";
    /** The account's history: one {@code ReportAggregate} under {@link #ACCOUNT}. */
    public static final String ACCOUNT_TOTAL = "monitor-account-total";
    /** The account per New York trading day ({@code yyyy-MM-dd}): that day's {@code ReportAggregate}. */
    public static final String ACCOUNT_DAYS = "monitor-account-days";
    /** The open positions' protection: one {@code ProtectionBoard} under {@link #ACCOUNT}. */
    public static final String ACCOUNT_PROTECTION = "monitor-account-protection";
    /** The one key every symbol's report entries are re-keyed to. */
    public static final String ACCOUNT = "ACCOUNT";
    /** The name of the re-keying step (its topic is {@code <application.id>-account-repartition}). */
    public static final String ACCOUNT_REPARTITION = "account";

    private ReportStores() {
    }

    /** The key of a symbol's day in {@link #SYMBOL_DAYS}. */
    public static String symbolDay(String symbol, LocalDate day) {
        return symbol + "@" + day;
    }
}
