package com.tradesuite.paperexchange.engine;

import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.order.ExchangeRejection;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;

/** An engine on a fixed Monday 09:30 New York with AAPL at $100, recording every trade update. */
final class EngineFixture {

    static final Instant MONDAY_OPEN = Instant.parse("2026-11-16T14:30:00Z");

    final ExchangeEngine engine;
    final List<TradeUpdate> updates = new CopyOnWriteArrayList<>();

    private EngineFixture(ExchangeEngine engine) {
        this.engine = engine;
        engine.addListener(updates::add);
    }

    static EngineFixture atHundredDollars() {
        EngineFixture fixture = new EngineFixture(ExchangeEngine.create(PaperExchangeConfig.builder()
                .symbols("AAPL").sessionStart(MONDAY_OPEN).historyBars(5).build()));
        fixture.engine.setPrice("AAPL", new BigDecimal("100"));
        return fixture;
    }

    /** Bars replayed from a CSV written to {@code dir}; each line: symbol,timestamp,open,high,low,close,volume. */
    static EngineFixture withBars(Path dir, String... lines) {
        return withBars(dir, false, lines);
    }

    /** Like {@link #withBars(Path, String...)}; {@code extendedHours} also plays bars outside 09:30-16:00. */
    static EngineFixture withBars(Path dir, boolean extendedHours, String... lines) {
        try {
            Path file = dir.resolve("bars.csv");
            Files.writeString(file, "symbol,timestamp,open,high,low,close,volume\n" + String.join("\n", lines));
            return new EngineFixture(ExchangeEngine.create(PaperExchangeConfig.builder()
                    .csvFile(file).extendedHours(extendedHours).historyBars(0).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OrderSnapshot buy(String qty) {
        return engine.submit(OrderRequest.builder().symbol("AAPL").qty(qty).side("buy").type("market").build());
    }

    OrderSnapshot submit(OrderRequest.Builder request) {
        return engine.submit(request.symbol("AAPL").build());
    }

    ExchangeRejection rejectionOf(Runnable action) {
        try {
            action.run();
        } catch (ExchangeRejection rejection) {
            return rejection;
        }
        return Assertions.fail("expected an ExchangeRejection");
    }

    OrderSnapshot order(String id) {
        return engine.order(id, true);
    }

    List<TradeUpdate> eventsFor(String orderId) {
        return updates.stream().filter(update -> update.order().id().equals(orderId)).toList();
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
