-- Version 2: positions with the reason they closed, every exit as a trade, and one summary row per New York trading
-- day. Column lists match ReadModelTable; the rows come from ReadModelProjection.

-- One row per position from the fill that opened it to the one that made it flat (a round trip), OPEN until then.
-- position_id is the event id of the opening event ("fill:<executionId>", or the reconciliation's for an adopted one).
CREATE TABLE positions (
    position_id          text PRIMARY KEY,
    symbol               text        NOT NULL,
    status               text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_at            timestamptz NOT NULL,
    closed_at            timestamptz,
    qty                  numeric     NOT NULL, -- shares bought in the round trip
    open_qty             numeric     NOT NULL, -- shares held now (0 when closed)
    avg_entry_price      numeric     NOT NULL,
    avg_exit_price       numeric,              -- of the shares sold so far; null before the first exit
    realized_pnl         numeric     NOT NULL, -- of the round trip so far
    r_multiple           numeric,              -- of the closed round trip; null while open or when the risk is unknown
    -- Of the exit that made it flat (exit attribution's record); null while open and until that record is folded.
    close_reason         text CHECK (close_reason IN ('STOP_LOSS_HIT', 'TAKE_PROFIT_HIT', 'TRAILING_STOP',
                             'PARTIAL_PROFIT', 'SIGNAL_EXIT', 'TIME_EXIT', 'MARKET_CLOSE', 'FALLBACK_EXIT',
                             'EMERGENCY_STOP', 'MANUAL')),
    closing_execution_id text,                 -- joins closed_trades, exit_sources and trades
    CHECK ((status = 'OPEN') = (closed_at IS NULL)),
    CHECK (status = 'CLOSED' OR close_reason IS NULL)
);
CREATE INDEX positions_close_reason ON positions (close_reason);
CREATE INDEX positions_symbol_closed_at ON positions (symbol, closed_at);
CREATE INDEX positions_closed_at ON positions (closed_at);

-- One row per position-reducing execution (exit-source record): a partial exit and the exit that makes the position
-- flat are rows of their own (closes_position true on the last); a round trip is the rows of one position_id.
CREATE TABLE trades (
    execution_id       text PRIMARY KEY,
    position_id        text,                 -- null when the monitor did not see the fill of this exit
    symbol             text        NOT NULL,
    trading_day        date        NOT NULL, -- New York date of exited_at
    opened_at          timestamptz,
    exited_at          timestamptz NOT NULL,
    qty                numeric     NOT NULL,
    avg_entry_price    numeric,
    exit_price         numeric     NOT NULL,
    realized_pnl       numeric     NOT NULL,
    r_multiple         numeric,
    close_reason       text CHECK (close_reason IN ('STOP_LOSS_HIT', 'TAKE_PROFIT_HIT', 'TRAILING_STOP',
                           'PARTIAL_PROFIT', 'SIGNAL_EXIT', 'TIME_EXIT', 'MARKET_CLOSE', 'FALLBACK_EXIT',
                           'EMERGENCY_STOP', 'MANUAL')),
    layer              text        NOT NULL,
    reason             text        NOT NULL,
    closes_position    boolean     NOT NULL,
    position_qty_after numeric     NOT NULL
);
CREATE INDEX trades_close_reason ON trades (close_reason);
CREATE INDEX trades_symbol_exited_at ON trades (symbol, exited_at);
CREATE INDEX trades_trading_day ON trades (trading_day);
CREATE INDEX trades_position_id ON trades (position_id);

-- One row per New York trading day with a closed round trip: the report's statistics over the round trips that
-- closed that day (TradeStats), max drawdown of the day's cumulative realised P&L in close order from 0.
CREATE TABLE daily_summary (
    trading_day    date PRIMARY KEY,
    trades         integer     NOT NULL,
    wins           integer     NOT NULL,
    losses         integer     NOT NULL,
    win_rate       numeric,              -- a fraction (0.5 = 50 %)
    gross_profit   numeric     NOT NULL,
    gross_loss     numeric     NOT NULL,
    profit_factor  numeric,              -- null without a loss
    net_pnl        numeric     NOT NULL,
    average_r      numeric,              -- null when no trade's risk is known
    max_drawdown   numeric     NOT NULL,
    first_close_at timestamptz NOT NULL,
    last_close_at  timestamptz NOT NULL
);
