package com.tradesuite.paperexchange.http;

import com.tradesuite.paperexchange.core.MarketCalendar;
import com.tradesuite.paperexchange.engine.ClosePositionResult;
import com.tradesuite.paperexchange.engine.ExchangeEngine;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.paperexchange.faults.Faults;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Alpaca Trading API v2 paths: orders, positions, account, clock, calendar, assets. */
final class TradingRoutes {

    private final ExchangeEngine engine;
    private final Faults faults;

    TradingRoutes(ExchangeEngine engine, Faults faults) {
        this.engine = engine;
        this.faults = faults;
    }

    void register(Router router) {
        router.get("/v2/account").handler(Responses.guarded(this::account));
        router.get("/v2/clock").handler(Responses.guarded(this::clock));
        router.get("/v2/calendar").handler(Responses.guarded(this::calendar));
        router.get("/v2/assets").handler(Responses.guarded(this::assets));
        router.get("/v2/assets/:symbol").handler(Responses.guarded(this::asset));
        router.post("/v2/orders").handler(Responses.guarded(this::submit));
        router.get("/v2/orders").handler(Responses.guarded(this::listOrders));
        router.delete("/v2/orders").handler(Responses.guarded(this::cancelAll));
        router.getWithRegex("/v2/orders:by_client_order_id").handler(Responses.guarded(this::byClientOrderId));
        router.get("/v2/orders/:order_id").handler(Responses.guarded(this::getOrder));
        router.patch("/v2/orders/:order_id").handler(Responses.guarded(this::replace));
        router.delete("/v2/orders/:order_id").handler(Responses.guarded(this::cancel));
        router.get("/v2/positions").handler(Responses.guarded(this::positions));
        router.delete("/v2/positions").handler(Responses.guarded(this::closeAll));
        router.get("/v2/positions/:symbol").handler(Responses.guarded(this::position));
        router.delete("/v2/positions/:symbol").handler(Responses.guarded(this::closePosition));
    }

    private void account(RoutingContext ctx) {
        Responses.json(ctx, 200, AlpacaJson.account(engine.account(), engine.now()));
    }

    private void clock(RoutingContext ctx) {
        Instant now = engine.now();
        MarketCalendar calendar = engine.calendar();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("timestamp", AlpacaJson.newYorkTime(now));
        json.put("is_open", calendar.isOpen(now));
        json.put("next_open", AlpacaJson.newYorkTime(calendar.nextOpen(now)));
        json.put("next_close", AlpacaJson.newYorkTime(calendar.nextClose(now)));
        Responses.json(ctx, 200, json);
    }

    private void calendar(RoutingContext ctx) {
        LocalDate today = engine.now().atZone(MarketCalendar.NEW_YORK).toLocalDate();
        LocalDate start = dateParam(ctx, "start", today);
        LocalDate end = dateParam(ctx, "end", start.plusDays(30));
        List<Map<String, Object>> days = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            if (engine.calendar().isTradingDay(day)) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("date", day.toString());
                json.put("open", "09:30");
                json.put("close", "16:00");
                json.put("session_open", "0400");
                json.put("session_close", "2000");
                LocalDate settlement = day.plusDays(1);
                while (!engine.calendar().isTradingDay(settlement)) {
                    settlement = settlement.plusDays(1);
                }
                json.put("settlement_date", settlement.toString());
                days.add(json);
            }
        }
        Responses.json(ctx, 200, days);
    }

    private static LocalDate dateParam(RoutingContext ctx, String name, LocalDate fallback) {
        String value = Responses.param(ctx, name);
        try {
            return value == null ? fallback : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
        } catch (RuntimeException e) {
            throw new Responses.BadRequest("invalid " + name + ": " + value);
        }
    }

    private void assets(RoutingContext ctx) {
        String status = Responses.param(ctx, "status");
        String assetClass = Responses.param(ctx, "asset_class");
        boolean none = (status != null && !status.equals("active"))
                || (assetClass != null && !assetClass.equals("us_equity"));
        List<Map<String, Object>> assets = none ? List.of()
                : engine.symbols().stream().map(AlpacaJson::asset).toList();
        Responses.json(ctx, 200, assets);
    }

    private void asset(RoutingContext ctx) {
        String symbol = ctx.pathParam("symbol").toUpperCase();
        if (!engine.knowsSymbol(symbol)) {
            Responses.error(ctx, 404, 40410000, "asset not found for " + symbol);
            return;
        }
        Responses.json(ctx, 200, AlpacaJson.asset(symbol));
    }

    private void submit(RoutingContext ctx) {
        OrderSnapshot order = engine.submit(OrderRequestParser.order(ctx.body().asString()));
        Responses.json(ctx, 200, orderJson(order));
    }

    private void listOrders(RoutingContext ctx) {
        String status = Responses.param(ctx, "status");
        if (status == null) {
            status = "open";
        }
        if (!Set.of("open", "closed", "all").contains(status)) {
            throw new Responses.BadRequest("invalid status: " + status);
        }
        int limit = Math.min(500, Math.max(1, Responses.intParam(ctx, "limit", 50)));
        String direction = Responses.param(ctx, "direction");
        String symbols = Responses.param(ctx, "symbols");
        Set<String> symbolSet = symbols == null ? Set.of()
                : Arrays.stream(symbols.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(String::toUpperCase).collect(Collectors.toSet());
        OrderQuery query = new OrderQuery(status, limit, Responses.timeParam(ctx, "after"),
                Responses.timeParam(ctx, "until"), "asc".equals(direction),
                Boolean.parseBoolean(Responses.param(ctx, "nested")), symbolSet, Responses.param(ctx, "side"));
        Responses.json(ctx, 200, engine.orders(query).stream().map(this::orderJson).toList());
    }

    private void byClientOrderId(RoutingContext ctx) {
        String clientOrderId = Responses.param(ctx, "client_order_id");
        if (clientOrderId == null) {
            throw new Responses.BadRequest("client_order_id is required");
        }
        Responses.json(ctx, 200, orderJson(engine.orderByClientOrderId(clientOrderId)));
    }

    private void getOrder(RoutingContext ctx) {
        boolean nested = !"false".equals(Responses.param(ctx, "nested"));
        Responses.json(ctx, 200, orderJson(engine.order(ctx.pathParam("order_id"), nested)));
    }

    private void replace(RoutingContext ctx) {
        OrderSnapshot order = engine.replace(ctx.pathParam("order_id"), OrderRequestParser.replace(ctx.body().asString()));
        Responses.json(ctx, 200, orderJson(order));
    }

    private void cancel(RoutingContext ctx) {
        engine.cancel(ctx.pathParam("order_id"));
        ctx.response().setStatusCode(204).end();
    }

    private void cancelAll(RoutingContext ctx) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (OrderSnapshot order : engine.cancelAll()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", order.id());
            json.put("status", 200);
            json.put("body", orderJson(order));
            results.add(json);
        }
        Responses.json(ctx, 207, results);
    }

    private void positions(RoutingContext ctx) {
        Responses.json(ctx, 200, engine.positions().stream().map(AlpacaJson::position).toList());
    }

    private void position(RoutingContext ctx) {
        Responses.json(ctx, 200, AlpacaJson.position(engine.position(ctx.pathParam("symbol").toUpperCase())));
    }

    private void closePosition(RoutingContext ctx) {
        OrderSnapshot order = engine.closePosition(ctx.pathParam("symbol").toUpperCase(),
                Responses.decimalParam(ctx, "qty"), Responses.decimalParam(ctx, "percentage"));
        Responses.json(ctx, 200, orderJson(order));
    }

    private void closeAll(RoutingContext ctx) {
        boolean cancelOrders = Boolean.parseBoolean(Responses.param(ctx, "cancel_orders"));
        List<Map<String, Object>> results = new ArrayList<>();
        for (ClosePositionResult result : engine.closeAllPositions(cancelOrders)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("symbol", result.symbol());
            if (result.rejection() == null) {
                json.put("status", 200);
                json.put("body", orderJson(result.order()));
            } else {
                json.put("status", result.rejection().httpStatus());
                json.put("body", result.rejection().body());
            }
            results.add(json);
        }
        Responses.json(ctx, 207, results);
    }

    /** An order as this venue answers it: Alpaca's shape, without {@code order_class} under its drop fault. */
    private Map<String, Object> orderJson(OrderSnapshot order) {
        Map<String, Object> json = AlpacaJson.order(order);
        if (faults.dropsOrderClass()) {
            withoutOrderClass(json);
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    private static void withoutOrderClass(Map<String, Object> json) {
        json.remove("order_class");
        if (json.get("legs") instanceof List<?> legs) {
            legs.forEach(leg -> withoutOrderClass((Map<String, Object>) leg));
        }
    }
}
