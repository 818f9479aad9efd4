package com.tradesuite.scanner.source;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.model.Bar;
import com.tradesuite.broker.request.BarsRequest;
import com.tradesuite.domain.time.Timeframe;

/**
 * Bars from the broker's market-data API (Alpaca or the paper exchange): one multi-symbol request per poll from the
 * earliest symbol's next start (the client follows next_page_token); a symbol without history is warmed up with its
 * last {@code warmUpBars} bars of the {@code backfill} window before the broker's clock.
 */
public final class AlpacaBarSource implements BarSource {

    private static final ObjectMapper RAW = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final BrokerClient client;
    private final Timeframe timeframe;
    private final Duration backfill;
    private final int warmUpBars;
    private final String feed;

    public AlpacaBarSource(BrokerClient client, Timeframe timeframe, Duration backfill, int warmUpBars,
                           String feed) {
        this.client = client;
        this.timeframe = timeframe;
        this.backfill = backfill;
        this.warmUpBars = warmUpBars;
        this.feed = feed;
    }

    @Override
    public String name() {
        return "alpaca-bars";
    }

    @Override
    public BarFetch fetch(Map<String, Optional<Instant>> nextStarts) {
        List<SourceBar> bars = new ArrayList<>();
        Map<String, Instant> hints = new HashMap<>();
        List<String> resuming = nextStarts.entrySet().stream().filter(e -> e.getValue().isPresent())
                .map(Map.Entry::getKey).sorted().toList();
        List<String> fresh = nextStarts.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).sorted().toList();
        if (!resuming.isEmpty()) {
            Instant from = resuming.stream().map(symbol -> nextStarts.get(symbol).orElseThrow())
                    .min(Comparator.naturalOrder()).orElseThrow();
            request(resuming, from).forEach((symbol, series) -> series.stream()
                    .filter(bar -> bar.timestamp() != null)
                    .filter(bar -> !bar.timestamp().isBefore(nextStarts.get(symbol).orElseThrow()))
                    .forEach(bar -> bars.add(toSourceBar(symbol, bar))));
        }
        if (!fresh.isEmpty()) {
            // The broker's clock, not ours: a simulated session warms up from its own history.
            Instant now = client.trading().getClock().timestamp().toInstant();
            request(fresh, now.minus(backfill)).forEach((symbol, series) -> {
                List<Bar> last = series.subList(Math.max(0, series.size() - warmUpBars), series.size());
                last.forEach(bar -> bars.add(toSourceBar(symbol, bar).asWarmUp()));
                hints.put(symbol, now.truncatedTo(ChronoUnit.MINUTES).minus(timeframe.length()));
            });
        }
        return new BarFetch(bars, hints);
    }

    private Map<String, List<Bar>> request(List<String> symbols, Instant from) {
        BarsRequest request = BarsRequest.of(symbols, timeframe.name(), from, null);
        if (feed != null) {
            request = request.withFeed(feed);
        }
        return client.marketData().bars(request);
    }

    private static SourceBar toSourceBar(String symbol, Bar bar) {
        return SourceBar.of(symbol, bar.timestamp(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume(),
                raw(bar), -1);
    }

    private static String raw(Bar bar) {
        try {
            return RAW.writeValueAsString(bar);
        } catch (JsonProcessingException e) {
            return String.valueOf(bar);
        }
    }
}
