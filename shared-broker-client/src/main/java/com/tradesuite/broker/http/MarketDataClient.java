package com.tradesuite.broker.http;

import com.tradesuite.broker.model.Bar;
import com.tradesuite.broker.model.LatestQuote;
import com.tradesuite.broker.parse.BarsPage;
import com.tradesuite.broker.parse.MarketDataParser;
import com.tradesuite.broker.request.BarsRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Alpaca Market Data v2 (stocks). Bars always use the multi-symbol endpoint and follow next_page_token until
 * done, returning a plain series per symbol (a symbol without bars maps to an empty list, never to an error).
 */
public final class MarketDataClient {

    private static final int MAX_PAGES = 100_000;

    private final RestTransport transport;
    private final HttpUrl base;
    private final MarketDataParser parser;

    public MarketDataClient(RestTransport transport, HttpUrl dataBaseUrl) {
        this.transport = transport;
        this.base = dataBaseUrl;
        this.parser = new MarketDataParser(transport.mapper());
    }

    /** All bars of every requested symbol, each series in time order. */
    public Map<String, List<Bar>> bars(BarsRequest request) {
        Map<String, List<Bar>> series = new LinkedHashMap<>();
        request.symbols().forEach(symbol -> series.put(symbol, new ArrayList<>()));
        String token = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            BarsPage result = parser.parseBarsPage(transport.send("GET", barsUrl(request, token), null).body());
            // A symbol's series can continue on the next page, so append rather than replace.
            result.bars().forEach((symbol, bars) -> series.computeIfAbsent(symbol, s -> new ArrayList<>()).addAll(bars));
            token = result.nextPageToken();
            if (token == null) {
                break;
            }
        }
        return series;
    }

    /** Bars of one symbol. */
    public List<Bar> bars(String symbol, String timeframe, Instant start, Instant end) {
        return bars(BarsRequest.of(List.of(symbol), timeframe, start, end)).getOrDefault(symbol, List.of());
    }

    public Map<String, LatestQuote> latestQuotes(List<String> symbols) {
        HttpUrl url = path("v2", "stocks", "quotes", "latest")
                .addQueryParameter("symbols", String.join(",", symbols)).build();
        return parser.parseLatestQuotes(transport.send("GET", url, null).body());
    }

    public Optional<LatestQuote> latestQuote(String symbol) {
        return Optional.ofNullable(latestQuotes(List.of(symbol)).get(symbol));
    }

    private HttpUrl barsUrl(BarsRequest request, String pageToken) {
        HttpUrl.Builder url = path("v2", "stocks", "bars")
                .addQueryParameter("symbols", String.join(",", request.symbols()))
                .addQueryParameter("timeframe", request.timeframe())
                .addQueryParameter("limit", Integer.toString(request.pageLimit()));
        if (request.start() != null) {
            url.addQueryParameter("start", request.start().toString());
        }
        if (request.end() != null) {
            url.addQueryParameter("end", request.end().toString());
        }
        if (request.feed() != null) {
            url.addQueryParameter("feed", request.feed());
        }
        if (request.adjustment() != null) {
            url.addQueryParameter("adjustment", request.adjustment());
        }
        if (pageToken != null) {
            url.addQueryParameter("page_token", pageToken);
        }
        return url.build();
    }

    private HttpUrl.Builder path(String... segments) {
        HttpUrl.Builder builder = base.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder;
    }
}
