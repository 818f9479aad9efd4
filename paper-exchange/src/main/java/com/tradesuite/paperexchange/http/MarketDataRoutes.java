package com.tradesuite.paperexchange.http;

import com.tradesuite.paperexchange.core.MarketCalendar;
import com.tradesuite.paperexchange.engine.ExchangeEngine;
import com.tradesuite.paperexchange.market.Bar;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alpaca Market Data v2 stock paths. Only bars the simulated clock has passed exist; multi-symbol bars are
 * sorted by symbol then time and paged with {@code limit} counted across symbols.
 */
final class MarketDataRoutes {

    private static final int DEFAULT_LIMIT = 1000;
    private static final int MAX_LIMIT = 10000;

    private final ExchangeEngine engine;

    MarketDataRoutes(ExchangeEngine engine) {
        this.engine = engine;
    }

    void register(Router router) {
        router.get("/v2/stocks/bars").handler(Responses.guarded(this::bars));
        router.get("/v2/stocks/bars/latest").handler(Responses.guarded(this::latestBars));
        router.get("/v2/stocks/quotes/latest").handler(Responses.guarded(this::latestQuotes));
        router.get("/v2/stocks/trades/latest").handler(Responses.guarded(this::latestTrades));
        router.get("/v2/stocks/snapshots").handler(Responses.guarded(this::snapshots));
        router.get("/v2/stocks/:symbol/bars").handler(Responses.guarded(this::symbolBars));
        router.get("/v2/stocks/:symbol/bars/latest").handler(Responses.guarded(this::symbolLatestBar));
        router.get("/v2/stocks/:symbol/quotes/latest").handler(Responses.guarded(this::symbolLatestQuote));
        router.get("/v2/stocks/:symbol/trades/latest").handler(Responses.guarded(this::symbolLatestTrade));
        router.get("/v2/stocks/:symbol/snapshot").handler(Responses.guarded(this::symbolSnapshot));
    }

    private void bars(RoutingContext ctx) {
        List<String> symbols = symbols(ctx);
        Page page = page(ctx, symbols);
        Map<String, Object> bars = new TreeMap<>();
        for (SymbolBar item : page.items()) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) bars.computeIfAbsent(item.symbol(), k -> new ArrayList<>());
            list.add(AlpacaJson.bar(item.bar()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bars", bars);
        json.put("next_page_token", page.nextToken());
        Responses.json(ctx, 200, json);
    }

    private void symbolBars(RoutingContext ctx) {
        String symbol = knownSymbol(ctx.pathParam("symbol"));
        Page page = page(ctx, List.of(symbol));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bars", page.items().stream().map(item -> AlpacaJson.bar(item.bar())).toList());
        json.put("symbol", symbol);
        json.put("next_page_token", page.nextToken());
        Responses.json(ctx, 200, json);
    }

    private Page page(RoutingContext ctx, List<String> symbols) {
        TimeFrame timeFrame = TimeFrame.parse(Responses.param(ctx, "timeframe"));
        Instant now = engine.now();
        Instant start = Responses.timeParam(ctx, "start");
        if (start == null) {
            start = now.atZone(MarketCalendar.NEW_YORK).truncatedTo(ChronoUnit.DAYS).toInstant();
        }
        Instant requestedEnd = Responses.timeParam(ctx, "end");
        Instant end = requestedEnd == null || requestedEnd.isAfter(now) ? now : requestedEnd;
        int limit = Responses.intParam(ctx, "limit", DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new Responses.BadRequest("invalid limit: must be between 1 and 10000");
        }
        boolean descending = "desc".equals(Responses.param(ctx, "sort"));
        List<SymbolBar> all = new ArrayList<>();
        for (String symbol : symbols) {
            List<Bar> minuteBars = new ArrayList<>(engine.bars(symbol, start, end.plusNanos(1)));
            minuteBars.removeIf(bar -> bar.end().isAfter(engine.now()));
            List<Bar> bars = new ArrayList<>(timeFrame.aggregate(minuteBars));
            bars.removeIf(bar -> bar.start().isAfter(end));
            if (descending) {
                Collections.reverse(bars);
            }
            bars.forEach(bar -> all.add(new SymbolBar(symbol, bar)));
        }
        int from = 0;
        String token = Responses.param(ctx, "page_token");
        if (token != null) {
            from = indexOf(all, decode(token));
        }
        int to = Math.min(all.size(), from + limit);
        String next = to < all.size() ? encode(all.get(to)) : null;
        return new Page(all.subList(from, to), next);
    }

    private static int indexOf(List<SymbolBar> all, String key) {
        for (int i = 0; i < all.size(); i++) {
            if (key(all.get(i)).equals(key)) {
                return i;
            }
        }
        throw new Responses.BadRequest("invalid page_token");
    }

    private static String key(SymbolBar item) {
        return item.symbol() + "|" + item.bar().start();
    }

    private static String encode(SymbolBar item) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key(item).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new Responses.BadRequest("invalid page_token");
        }
    }

    private void latestBars(RoutingContext ctx) {
        Map<String, Object> bars = new TreeMap<>();
        for (String symbol : symbols(ctx)) {
            engine.latestBar(symbol).ifPresent(bar -> bars.put(symbol, AlpacaJson.bar(bar)));
        }
        Responses.json(ctx, 200, Map.of("bars", bars));
    }

    private void symbolLatestBar(RoutingContext ctx) {
        String symbol = knownSymbol(ctx.pathParam("symbol"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bar", engine.latestBar(symbol).map(AlpacaJson::bar).orElse(null));
        json.put("symbol", symbol);
        Responses.json(ctx, 200, json);
    }

    private void latestQuotes(RoutingContext ctx) {
        Map<String, Object> quotes = new TreeMap<>();
        for (String symbol : symbols(ctx)) {
            quotes.put(symbol, AlpacaJson.quote(engine.quote(symbol)));
        }
        Responses.json(ctx, 200, Map.of("quotes", quotes));
    }

    private void symbolLatestQuote(RoutingContext ctx) {
        String symbol = knownSymbol(ctx.pathParam("symbol"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("quote", AlpacaJson.quote(engine.quote(symbol)));
        json.put("symbol", symbol);
        Responses.json(ctx, 200, json);
    }

    private void latestTrades(RoutingContext ctx) {
        Map<String, Object> trades = new TreeMap<>();
        for (String symbol : symbols(ctx)) {
            trades.put(symbol, latestTrade(symbol));
        }
        Responses.json(ctx, 200, Map.of("trades", trades));
    }

    private void symbolLatestTrade(RoutingContext ctx) {
        String symbol = knownSymbol(ctx.pathParam("symbol"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("symbol", symbol);
        json.put("trade", latestTrade(symbol));
        Responses.json(ctx, 200, json);
    }

    private Map<String, Object> latestTrade(String symbol) {
        Instant at = engine.quote(symbol).timestamp();
        return AlpacaJson.trade(symbol, engine.lastPrice(symbol), at, at.getEpochSecond());
    }

    private void snapshots(RoutingContext ctx) {
        Map<String, Object> snapshots = new TreeMap<>();
        for (String symbol : symbols(ctx)) {
            snapshots.put(symbol, snapshot(symbol));
        }
        Responses.json(ctx, 200, snapshots);
    }

    private void symbolSnapshot(RoutingContext ctx) {
        String symbol = knownSymbol(ctx.pathParam("symbol"));
        Map<String, Object> json = new LinkedHashMap<>(snapshot(symbol));
        json.put("symbol", symbol);
        Responses.json(ctx, 200, json);
    }

    private Map<String, Object> snapshot(String symbol) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("latestTrade", latestTrade(symbol));
        json.put("latestQuote", AlpacaJson.quote(engine.quote(symbol)));
        engine.latestBar(symbol).ifPresent(bar -> json.put("minuteBar", AlpacaJson.bar(bar)));
        TimeFrame day = TimeFrame.parse("1Day");
        Instant now = engine.now();
        Instant today = day.bucketStart(now);
        List<Bar> todayBars = day.aggregate(engine.bars(symbol, today, now));
        if (!todayBars.isEmpty()) {
            json.put("dailyBar", AlpacaJson.bar(todayBars.get(0)));
        }
        List<Bar> earlier = day.aggregate(engine.bars(symbol, today.minus(10, ChronoUnit.DAYS), today));
        if (!earlier.isEmpty()) {
            json.put("prevDailyBar", AlpacaJson.bar(earlier.get(earlier.size() - 1)));
        }
        return json;
    }

    private List<String> symbols(RoutingContext ctx) {
        String symbols = Responses.param(ctx, "symbols");
        if (symbols == null) {
            throw new Responses.BadRequest("symbols is required");
        }
        return Arrays.stream(symbols.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(this::knownSymbol).distinct().sorted().toList();
    }

    private String knownSymbol(String raw) {
        String symbol = raw.toUpperCase();
        if (!engine.knowsSymbol(symbol)) {
            throw new Responses.BadRequest("invalid symbol: " + raw);
        }
        return symbol;
    }

    private record SymbolBar(String symbol, Bar bar) {
    }

    private record Page(List<SymbolBar> items, String nextToken) {
    }
}
