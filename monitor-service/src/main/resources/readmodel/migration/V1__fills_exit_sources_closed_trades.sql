-- monitor-service's PostgreSQL read model, version 1: the three tables the schema.sql of earlier releases made on
-- every connect, unchanged (a database it made is baselined at this version: ReadModelMigrations). Applied once by
-- Flyway; a change is a new V<n>__ file, never an edit of an applied one (Flyway checks their checksums).
-- Column lists match ReadModelTable.

-- One row per broker execution on the fills topic.
CREATE TABLE IF NOT EXISTS fills (
    execution_id       text PRIMARY KEY,
    symbol             text        NOT NULL,
    side               text        NOT NULL,
    order_type         text        NOT NULL,
    qty                numeric     NOT NULL,
    price              numeric     NOT NULL,
    filled_at          timestamptz NOT NULL,
    broker_order_id    text        NOT NULL,
    client_order_id    text        NOT NULL,
    parent_order_id    text,
    cumulative_qty     numeric     NOT NULL,
    order_qty          numeric     NOT NULL,
    partial            boolean     NOT NULL,
    position_qty_after numeric     NOT NULL,
    correlation_id     text,
    event_id           text        NOT NULL
);
CREATE INDEX IF NOT EXISTS fills_symbol_filled_at ON fills (symbol, filled_at);

-- One row per position-reducing execution on the exit-source topic: which layer closed what, and why.
CREATE TABLE IF NOT EXISTS exit_sources (
    execution_id       text PRIMARY KEY,
    symbol             text        NOT NULL,
    layer              text        NOT NULL,
    reason             text        NOT NULL,
    order_type         text        NOT NULL,
    price              numeric     NOT NULL,
    qty                numeric     NOT NULL,
    realized_pnl       numeric     NOT NULL,
    r_multiple         numeric,
    position_qty_after numeric     NOT NULL,
    occurred_at        timestamptz NOT NULL,
    broker_order_id    text        NOT NULL,
    client_order_id    text        NOT NULL,
    correlation_id     text,
    event_id           text        NOT NULL
);
CREATE INDEX IF NOT EXISTS exit_sources_symbol_occurred_at ON exit_sources (symbol, occurred_at);

-- One row per round trip of the monitor's trade ledger, keyed by the execution that made the position flat
-- (join exit_sources on execution_id = closing_execution_id for the layer that closed it).
CREATE TABLE IF NOT EXISTS closed_trades (
    closing_execution_id text PRIMARY KEY,
    symbol               text        NOT NULL,
    opened_at            timestamptz NOT NULL,
    closed_at            timestamptz NOT NULL,
    entry_qty            numeric     NOT NULL,
    avg_entry_price      numeric     NOT NULL,
    realized_pnl         numeric     NOT NULL,
    r_multiple           numeric
);
CREATE INDEX IF NOT EXISTS closed_trades_symbol_closed_at ON closed_trades (symbol, closed_at);
