package com.tradesuite.paperexchange.http;

import com.tradesuite.paperexchange.engine.ExchangeEngine;
import com.tradesuite.paperexchange.engine.RejectMode;
import com.tradesuite.paperexchange.engine.StopFault;
import com.tradesuite.paperexchange.faults.Faults;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** /admin endpoints for tests and demos: move simulated time, set prices (gaps), switch faults on and off. */
final class AdminRoutes {

    private final ExchangeEngine engine;
    private final Faults faults;
    private final TradeUpdateStream stream;

    AdminRoutes(ExchangeEngine engine, Faults faults, TradeUpdateStream stream) {
        this.engine = engine;
        this.faults = faults;
        this.stream = stream;
    }

    void register(Router router) {
        router.get("/admin/state").handler(Responses.guarded(this::state));
        router.post("/admin/clock/advance").handler(Responses.guarded(this::advance));
        router.post("/admin/clock/advance-bars").handler(Responses.guarded(this::advanceBars));
        router.post("/admin/prices/:symbol").handler(Responses.guarded(this::setPrice));
        router.post("/admin/liquidity").handler(Responses.guarded(this::liquidity));
        router.post("/admin/replace-mode").handler(Responses.guarded(this::replaceMode));
        router.post("/admin/faults/rate-limit-storm").handler(Responses.guarded(this::rateLimitStorm));
        router.post("/admin/faults/server-errors").handler(Responses.guarded(this::serverErrors));
        router.post("/admin/faults/latency").handler(Responses.guarded(this::latency));
        router.post("/admin/faults/drop-streams").handler(Responses.guarded(this::dropStreams));
        router.post("/admin/faults/reject-orders").handler(Responses.guarded(this::rejectOrders));
        router.post("/admin/faults/broken-stops").handler(Responses.guarded(this::brokenStops));
        router.post("/admin/faults/reject-stops").handler(Responses.guarded(this::rejectStops));
        router.post("/admin/faults/cancel-stops").handler(Responses.guarded(this::cancelStops));
        router.post("/admin/faults/drop-order-class").handler(Responses.guarded(this::dropOrderClass));
        router.delete("/admin/faults").handler(Responses.guarded(this::clearFaults));
    }

    private void state(RoutingContext ctx) {
        Instant now = engine.now();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("now", now.toString());
        json.put("is_open", engine.calendar().isOpen(now));
        Map<String, Object> prices = new LinkedHashMap<>();
        engine.symbols().forEach(symbol -> prices.put(symbol, engine.lastPrice(symbol)));
        json.put("prices", prices);
        json.put("stream_connections", stream.connections());
        json.put("orders_to_reject", engine.ordersToReject());
        json.put("latency_ms", faults.latency().toMillis());
        Map<String, String> brokenStops = new LinkedHashMap<>();
        engine.stopFaults().forEach((symbol, fault) -> brokenStops.put(symbol, fault.name().toLowerCase(Locale.ROOT)));
        json.put("broken_stops", brokenStops);
        json.put("stop_rejections", engine.stopRejections());
        json.put("drop_order_class", faults.dropsOrderClass());
        Responses.json(ctx, 200, json);
    }

    private void advance(RoutingContext ctx) {
        int seconds = Responses.intParam(ctx, "seconds", 0) + 60 * Responses.intParam(ctx, "minutes", 0);
        if (seconds <= 0) {
            throw new Responses.BadRequest("give minutes=N or seconds=N (> 0)");
        }
        engine.advance(Duration.ofSeconds(seconds));
        state(ctx);
    }

    private void advanceBars(RoutingContext ctx) {
        engine.advanceBars(positive(ctx, "count", 1));
        state(ctx);
    }

    private void setPrice(RoutingContext ctx) {
        BigDecimal price = Responses.decimalParam(ctx, "price");
        if (price == null || price.signum() <= 0) {
            throw new Responses.BadRequest("price=P (> 0) is required");
        }
        engine.setPrice(ctx.pathParam("symbol").toUpperCase(), price);
        state(ctx);
    }

    private void liquidity(RoutingContext ctx) {
        String symbol = Responses.param(ctx, "symbol");
        engine.setLiquidity(symbol == null ? null : symbol.toUpperCase(),
                Responses.decimalParam(ctx, "max_qty_per_bar"));
        ok(ctx);
    }

    private void replaceMode(RoutingContext ctx) {
        engine.setReplacesSettleOnNextBar("next_bar".equals(Responses.param(ctx, "settle")));
        ok(ctx);
    }

    private void rateLimitStorm(RoutingContext ctx) {
        int seconds = Responses.intParam(ctx, "seconds", 0);
        if (seconds > 0) {
            faults.rateLimitStorm(Duration.ofSeconds(seconds));
        } else {
            faults.rateLimitStorm(positive(ctx, "requests", 10));
        }
        ok(ctx);
    }

    private void serverErrors(RoutingContext ctx) {
        int status = Responses.intParam(ctx, "status", 500);
        if (status < 500 || status > 599) {
            throw new Responses.BadRequest("status must be 5xx");
        }
        faults.serverErrors(positive(ctx, "count", 1), status);
        ok(ctx);
    }

    private void latency(RoutingContext ctx) {
        faults.latency(Duration.ofMillis(Math.max(0, Responses.intParam(ctx, "ms", 0))));
        ok(ctx);
    }

    private void dropStreams(RoutingContext ctx) {
        faults.dropStreams();
        ok(ctx);
    }

    private void rejectOrders(RoutingContext ctx) {
        RejectMode mode = "async".equals(Responses.param(ctx, "mode")) ? RejectMode.ASYNC : RejectMode.HTTP;
        faults.rejectNextOrders(positive(ctx, "count", 1), mode);
        ok(ctx);
    }

    /** {@code ?symbol=AAPL&mode=never|fills_on_cancel|repaired}. */
    private void brokenStops(RoutingContext ctx) {
        String symbol = Responses.param(ctx, "symbol");
        if (symbol == null || symbol.isBlank()) {
            throw new Responses.BadRequest("symbol is required");
        }
        String mode = String.valueOf(Responses.param(ctx, "mode"));
        StopFault fault = switch (mode) {
            case "never" -> StopFault.NEVER_TRIGGERS;
            case "fills_on_cancel" -> StopFault.FILLS_ON_CANCEL;
            case "repaired" -> null;
            default -> throw new Responses.BadRequest("mode must be never, fills_on_cancel or repaired, was " + mode);
        };
        faults.breakStops(symbol.toUpperCase(Locale.ROOT), fault);
        ok(ctx);
    }

    /** {@code ?symbol=AAPL&count=N&mode=http|async}: the symbol's next N orders carrying a stop are rejected. */
    private void rejectStops(RoutingContext ctx) {
        RejectMode mode = "async".equals(Responses.param(ctx, "mode")) ? RejectMode.ASYNC : RejectMode.HTTP;
        faults.rejectStopOrders(requiredSymbol(ctx), Math.max(0, Responses.intParam(ctx, "count", 1)), mode);
        ok(ctx);
    }

    /** {@code ?symbol=AAPL}: the venue cancels the symbol's live stops now; answers with the ids it cancelled. */
    private void cancelStops(RoutingContext ctx) {
        Responses.json(ctx, 200, Map.of("canceled", faults.cancelStopsByVenue(requiredSymbol(ctx))));
    }

    /** {@code ?enabled=true|false}: order responses leave out {@code order_class}, or carry it again. */
    private void dropOrderClass(RoutingContext ctx) {
        String enabled = String.valueOf(Responses.param(ctx, "enabled"));
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw new Responses.BadRequest("enabled must be true or false, was " + enabled);
        }
        faults.dropOrderClass(Boolean.parseBoolean(enabled));
        ok(ctx);
    }

    private static String requiredSymbol(RoutingContext ctx) {
        String symbol = Responses.param(ctx, "symbol");
        if (symbol == null || symbol.isBlank()) {
            throw new Responses.BadRequest("symbol is required");
        }
        return symbol.toUpperCase(Locale.ROOT);
    }

    private void clearFaults(RoutingContext ctx) {
        faults.clear();
        ok(ctx);
    }

    private static int positive(RoutingContext ctx, String name, int defaultValue) {
        int value = Responses.intParam(ctx, name, defaultValue);
        if (value <= 0) {
            throw new Responses.BadRequest(name + " must be > 0");
        }
        return value;
    }

    private static void ok(RoutingContext ctx) {
        Responses.json(ctx, 200, Map.of("status", "ok"));
    }
}
