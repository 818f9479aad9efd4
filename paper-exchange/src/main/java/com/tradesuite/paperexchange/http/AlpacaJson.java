package com.tradesuite.paperexchange.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.paperexchange.core.IdGenerator;
import com.tradesuite.paperexchange.core.MarketCalendar;
import com.tradesuite.paperexchange.core.Prices;
import com.tradesuite.paperexchange.engine.AccountView;
import com.tradesuite.paperexchange.engine.PositionView;
import com.tradesuite.paperexchange.engine.Quote;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.market.Bar;
import com.tradesuite.paperexchange.order.OrderClass;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders engine objects in Alpaca's JSON shapes: trading money as strings, market-data prices as numbers. */
public final class AlpacaJson {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private AlpacaJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String newYorkTime(Instant instant) {
        return instant.atZone(MarketCalendar.NEW_YORK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static Map<String, Object> order(OrderSnapshot order) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", order.id());
        json.put("client_order_id", order.clientOrderId());
        json.put("created_at", time(order.createdAt()));
        json.put("updated_at", time(order.updatedAt()));
        json.put("submitted_at", time(order.submittedAt()));
        json.put("filled_at", time(order.filledAt()));
        json.put("expired_at", time(order.expiredAt()));
        json.put("canceled_at", time(order.canceledAt()));
        json.put("failed_at", time(order.failedAt()));
        json.put("replaced_at", time(order.replacedAt()));
        json.put("replaced_by", order.replacedBy());
        json.put("replaces", order.replaces());
        json.put("asset_id", order.assetId());
        json.put("symbol", order.symbol());
        json.put("asset_class", "us_equity");
        json.put("notional", null);
        json.put("qty", Prices.plain(order.qty()));
        json.put("filled_qty", Prices.plain(order.filledQty()));
        json.put("filled_avg_price", Prices.plain(order.filledAvgPrice()));
        json.put("order_class", order.orderClass() == OrderClass.SIMPLE ? "simple" : order.orderClass().wire());
        json.put("order_type", order.type().wire());
        json.put("type", order.type().wire());
        json.put("side", order.side().wire());
        json.put("position_intent", order.side().wire() + (order.side().wire().equals("buy") ? "_to_open" : "_to_close"));
        json.put("time_in_force", order.timeInForce().wire());
        json.put("limit_price", Prices.plain(order.limitPrice()));
        json.put("stop_price", Prices.plain(order.stopPrice()));
        json.put("status", order.status().wire());
        json.put("extended_hours", order.extendedHours());
        json.put("legs", order.legs() == null ? null : order.legs().stream().map(AlpacaJson::order).toList());
        json.put("trail_percent", Prices.plain(order.trailPercent()));
        json.put("trail_price", Prices.plain(order.trailPrice()));
        json.put("hwm", Prices.plain(order.hwm()));
        return json;
    }

    public static Map<String, Object> tradeUpdate(TradeUpdate update) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("event", update.event());
        if (update.isExecution()) {
            data.put("execution_id", update.executionId());
            data.put("position_qty", Prices.plain(update.positionQty()));
            data.put("price", Prices.plain(update.price()));
            data.put("qty", Prices.plain(update.qty()));
        }
        data.put("timestamp", time(update.timestamp()));
        data.put("order", order(update.order()));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("stream", "trade_updates");
        message.put("data", data);
        return message;
    }

    public static Map<String, Object> position(PositionView position) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asset_id", position.assetId());
        json.put("symbol", position.symbol());
        json.put("exchange", "NASDAQ");
        json.put("asset_class", "us_equity");
        json.put("asset_marginable", false);
        json.put("qty", Prices.plain(position.qty()));
        json.put("qty_available", Prices.plain(position.qtyAvailable()));
        json.put("avg_entry_price", Prices.plain(position.avgEntryPrice()));
        json.put("side", "long");
        json.put("market_value", Prices.plain(position.marketValue()));
        json.put("cost_basis", Prices.plain(position.costBasis()));
        json.put("unrealized_pl", Prices.plain(position.unrealizedPl()));
        json.put("unrealized_plpc", Prices.plain(position.unrealizedPlpc()));
        json.put("unrealized_intraday_pl", Prices.plain(position.unrealizedIntradayPl()));
        json.put("unrealized_intraday_plpc", Prices.plain(position.unrealizedIntradayPlpc()));
        json.put("current_price", Prices.plain(position.currentPrice()));
        json.put("lastday_price", Prices.plain(position.lastdayPrice()));
        json.put("change_today", Prices.plain(position.changeToday()));
        return json;
    }

    public static Map<String, Object> account(AccountView account, Instant now) {
        String cash = money(account.cash());
        String equity = money(account.equity());
        String buyingPower = money(account.buyingPower());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", account.id());
        json.put("account_number", "PA" + Math.abs(account.id().hashCode()));
        json.put("status", "ACTIVE");
        json.put("crypto_status", "INACTIVE");
        json.put("currency", "USD");
        json.put("buying_power", buyingPower);
        json.put("regt_buying_power", buyingPower);
        json.put("daytrading_buying_power", "0");
        json.put("non_marginable_buying_power", buyingPower);
        json.put("cash", cash);
        json.put("accrued_fees", "0");
        json.put("portfolio_value", equity);
        json.put("pattern_day_trader", false);
        json.put("trading_blocked", false);
        json.put("transfers_blocked", false);
        json.put("account_blocked", false);
        json.put("created_at", time(account.createdAt()));
        json.put("trade_suspended_by_user", false);
        json.put("multiplier", "1");
        json.put("shorting_enabled", false);
        json.put("equity", equity);
        json.put("last_equity", money(account.lastEquity()));
        json.put("long_market_value", money(account.longMarketValue()));
        json.put("short_market_value", "0");
        json.put("initial_margin", money(account.longMarketValue()));
        json.put("maintenance_margin", "0");
        json.put("last_maintenance_margin", "0");
        json.put("sma", "0");
        json.put("daytrade_count", 0);
        json.put("balance_asof", now.atZone(MarketCalendar.NEW_YORK).toLocalDate().toString());
        return json;
    }

    private static String money(BigDecimal value) {
        return Prices.plain(Prices.money(value));
    }

    public static Map<String, Object> asset(String symbol) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", IdGenerator.assetId(symbol));
        json.put("class", "us_equity");
        json.put("exchange", "NASDAQ");
        json.put("symbol", symbol);
        json.put("name", symbol + " (paper-exchange simulated)");
        json.put("status", "active");
        json.put("tradable", true);
        json.put("marginable", false);
        json.put("shortable", false);
        json.put("easy_to_borrow", false);
        json.put("fractionable", true);
        json.put("min_order_size", "0.000000001");
        json.put("min_trade_increment", "0.000000001");
        json.put("price_increment", "0.01");
        json.put("attributes", List.of());
        return json;
    }

    public static Map<String, Object> bar(Bar bar) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("t", time(bar.start()));
        json.put("o", bar.open());
        json.put("h", bar.high());
        json.put("l", bar.low());
        json.put("c", bar.close());
        json.put("v", bar.volume());
        json.put("n", bar.tradeCount());
        json.put("vw", bar.vwap());
        return json;
    }

    public static Map<String, Object> quote(Quote quote) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ap", quote.askPrice());
        json.put("as", quote.askSize());
        json.put("ax", "V");
        json.put("bp", quote.bidPrice());
        json.put("bs", quote.bidSize());
        json.put("bx", "V");
        json.put("c", List.of("R"));
        json.put("t", time(quote.timestamp()));
        json.put("z", "C");
        return json;
    }

    public static Map<String, Object> trade(String symbol, BigDecimal price, Instant at, long id) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("c", List.of("@"));
        json.put("i", id);
        json.put("p", price);
        json.put("s", 100);
        json.put("t", time(at));
        json.put("x", "V");
        json.put("z", "C");
        return json;
    }

    public static Map<String, Object> error(int code, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("message", message);
        return json;
    }
}
