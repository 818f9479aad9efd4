package com.tradesuite.monitor.readmodel;

import java.util.List;

/**
 * The read model's tables and columns in row-value order; the first column is the deterministic key of every upsert.
 * The DDL is Flyway's {@code readmodel/migration/V*__*.sql}.
 */
public enum ReadModelTable {

    FILLS("fills", List.of("execution_id", "symbol", "side", "order_type", "qty", "price", "filled_at",
            "broker_order_id", "client_order_id", "parent_order_id", "cumulative_qty", "order_qty", "partial",
            "position_qty_after", "correlation_id", "event_id")),
    EXIT_SOURCES("exit_sources", List.of("execution_id", "symbol", "layer", "reason", "order_type", "price", "qty",
            "realized_pnl", "r_multiple", "position_qty_after", "occurred_at", "broker_order_id", "client_order_id",
            "correlation_id", "event_id")),
    CLOSED_TRADES("closed_trades", List.of("closing_execution_id", "symbol", "opened_at", "closed_at", "entry_qty",
            "avg_entry_price", "realized_pnl", "r_multiple")),
    POSITIONS("positions", List.of("position_id", "symbol", "status", "opened_at", "closed_at", "qty", "open_qty",
            "avg_entry_price", "avg_exit_price", "realized_pnl", "r_multiple", "close_reason",
            "closing_execution_id")),
    TRADES("trades", List.of("execution_id", "position_id", "symbol", "trading_day", "opened_at", "exited_at", "qty",
            "avg_entry_price", "exit_price", "realized_pnl", "r_multiple", "close_reason", "layer", "reason",
            "closes_position", "position_qty_after")),
    DAILY_SUMMARY("daily_summary", List.of("trading_day", "trades", "wins", "losses", "win_rate", "gross_profit",
            "gross_loss", "profit_factor", "net_pnl", "average_r", "max_drawdown", "first_close_at",
            "last_close_at"));

    private final String sqlName;
    private final List<String> columns;

    ReadModelTable(String sqlName, List<String> columns) {
        this.sqlName = sqlName;
        this.columns = columns;
    }

    public String sqlName() {
        return sqlName;
    }

    public List<String> columns() {
        return columns;
    }

    public String keyColumn() {
        return columns.get(0);
    }
}
