package com.tradesuite.paperexchange.engine;

import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.account.Account;
import com.tradesuite.paperexchange.account.Position;
import com.tradesuite.paperexchange.core.IdGenerator;
import com.tradesuite.paperexchange.core.MarketCalendar;
import com.tradesuite.paperexchange.core.Prices;
import com.tradesuite.paperexchange.core.SimulatedClock;
import com.tradesuite.paperexchange.market.Bar;
import com.tradesuite.paperexchange.market.BarSource;
import com.tradesuite.paperexchange.market.CsvBarSource;
import com.tradesuite.paperexchange.market.MarketData;
import com.tradesuite.paperexchange.market.SyntheticPriceGenerator;
import com.tradesuite.paperexchange.order.ExchangeRejection;
import com.tradesuite.paperexchange.order.LegRole;
import com.tradesuite.paperexchange.order.Order;
import com.tradesuite.paperexchange.order.OrderClass;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import com.tradesuite.paperexchange.order.OrderType;
import com.tradesuite.paperexchange.order.ReplaceRequest;
import com.tradesuite.paperexchange.order.TimeInForce;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The simulated exchange: accepts, matches, replaces and cancels orders against the simulated price path,
 * keeps the account, and reports every change as a trade update. Plain Java; all state behind one lock.
 */
public final class ExchangeEngine {

    private static final Duration BAR = Bar.ONE_MINUTE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SimulatedClock clock;
    private final MarketCalendar calendar = new MarketCalendar();
    private final BarSource source;
    private final MarketData market;
    private final Account account;
    private final OrderBook book = new OrderBook();
    private final OrderValidator validator = new OrderValidator(book);
    private final OrderMatcher matcher = new OrderMatcher();
    private final IdGenerator ids;
    private final Instant createdAt;
    private final List<TradeUpdateListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, BigDecimal> liquidityPerSymbol = new HashMap<>();
    private final Map<String, StopFault> stopFaults = new HashMap<>();
    private final StopRejections stopRejections = new StopRejections();
    private BigDecimal defaultLiquidity;
    private boolean replacesSettleOnNextBar;
    private int ordersToReject;
    private RejectMode rejectMode = RejectMode.HTTP;
    private Instant barCursor;
    private Instant nextSessionClose;
    private long barSequence;

    private ExchangeEngine(PaperExchangeConfig config, BarSource source, Instant sessionStart) {
        this.source = source;
        this.clock = new SimulatedClock(sessionStart);
        this.createdAt = sessionStart;
        this.ids = new IdGenerator(config.seed());
        this.market = new MarketData(source.symbols());
        this.account = new Account(IdGenerator.assetId("account:" + config.seed()), config.startingCash());
        this.defaultLiquidity = config.maxFillQtyPerBar();
        this.replacesSettleOnNextBar = config.replacesSettleOnNextBar();
        source.history(sessionStart, config.historyBars()).forEach(market::publish);
        market.rollSession();
        account.rollSession(market::lastPrice);
        this.barCursor = sessionStart;
        this.nextSessionClose = calendar.nextClose(sessionStart);
    }

    /** Builds an engine from a validated config: the seeded generator, or the CSV file when one is set. */
    public static ExchangeEngine create(PaperExchangeConfig config) {
        config.validate();
        if (config.replaysFiles()) {
            CsvBarSource csv = CsvBarSource.read(config, new MarketCalendar());
            Instant start = config.sessionStart() != null ? config.sessionStart() : csv.firstStart();
            return new ExchangeEngine(config, csv, start);
        }
        MarketCalendar calendar = new MarketCalendar();
        SyntheticPriceGenerator generator = new SyntheticPriceGenerator(config.seed(), config.symbols(), calendar);
        return new ExchangeEngine(config, generator, config.effectiveSessionStart());
    }

    // ---------------------------------------------------------------- listeners

    public void addListener(TradeUpdateListener listener) {
        listeners.add(listener);
    }

    public void removeListener(TradeUpdateListener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- orders

    /** POST /v2/orders. Throws {@link ExchangeRejection} with Alpaca's status and body when refused. */
    public synchronized OrderSnapshot submit(OrderRequest request) {
        if (ordersToReject > 0 && rejectMode == RejectMode.HTTP) {
            ordersToReject--;
            throw ExchangeRejection.unprocessable("order rejected by paper-exchange (injected fault)");
        }
        boolean known = request.symbol() != null && market.knows(request.symbol());
        BigDecimal last = known ? market.lastPrice(request.symbol()) : null;
        if (known && last == null) {
            throw ExchangeRejection.unprocessable("no price yet for " + request.symbol());
        }
        ValidatedOrder valid = validator.validate(request, known, last);
        Optional<RejectMode> venueRefusesStop = stopRejections.take(valid);
        if (venueRefusesStop.filter(mode -> mode == RejectMode.HTTP).isPresent()) {
            throw ExchangeRejection.unprocessable("stop orders for " + valid.symbol()
                    + " are rejected by the venue (injected fault)");
        }
        checkFunds(valid, last);
        Order order = createOrders(valid, last);
        if (ordersToReject > 0 || venueRefusesStop.isPresent()) {
            if (venueRefusesStop.isEmpty()) {
                ordersToReject--;
            }
            order.moveTo(OrderStatus.REJECTED, now());
            order.legs().forEach(leg -> leg.moveTo(OrderStatus.REJECTED, now()));
            emit("rejected", order);
            return order.snapshot(true);
        }
        activate(order);
        emit("new", order);
        if (tradingNow(order)) {
            executeOnSubmit(order, last);
        }
        return order.snapshot(true);
    }

    /** PATCH /v2/orders/{id}: a new order replaces the old one (settling now or at the next bar). */
    public synchronized OrderSnapshot replace(String orderId, ReplaceRequest request) {
        Order old = find(orderId);
        if (old.status().isTerminal()) {
            throw ExchangeRejection.unprocessable("order is already in \"" + old.status().wire() + "\" state");
        }
        if (!old.status().isReplaceable()) {
            throw ExchangeRejection.unprocessable("order is not replaceable in \"" + old.status().wire() + "\" state");
        }
        Order replacement = buildReplacement(old, request);
        if (replacesSettleOnNextBar) {
            old.moveTo(OrderStatus.PENDING_REPLACE, now());
            old.setPendingReplacement(replacement);
            book.add(replacement);
            emit("pending_replace", old);
        } else {
            book.add(replacement);
            settleReplace(old, replacement);
            if (replacement.status() == OrderStatus.NEW && tradingNow(replacement)) {
                executeOnSubmit(replacement, market.lastPrice(replacement.symbol()));
            }
        }
        return replacement.snapshot(true);
    }

    /** DELETE /v2/orders/{id}; a bracket or OCO member takes its whole group with it. */
    public synchronized void cancel(String orderId) {
        Order order = find(orderId);
        if (stopFaults.get(order.symbol()) == StopFault.FILLS_ON_CANCEL) {
            fillCrossedStopsOf(order);
        }
        if (order.status().isTerminal()) {
            throw ExchangeRejection.unprocessable("order is already in \"" + order.status().wire() + "\" state");
        }
        if (order.status() == OrderStatus.PENDING_REPLACE || order.status() == OrderStatus.PENDING_CANCEL) {
            throw ExchangeRejection.unprocessable("order is not cancelable in \"" + order.status().wire() + "\" state");
        }
        cancelWithGroup(order);
    }

    /** DELETE /v2/orders: cancels every open order; returns the ids canceled. */
    public synchronized List<OrderSnapshot> cancelAll() {
        List<Order> wereOpen = book.open();
        for (Order order : wereOpen) {
            if (order.status().isOpen() && order.status() != OrderStatus.PENDING_REPLACE
                    && order.status() != OrderStatus.PENDING_NEW) {
                cancelWithGroup(order);
            }
        }
        return wereOpen.stream().filter(order -> order.status() == OrderStatus.CANCELED)
                .map(order -> order.snapshot(false)).toList();
    }

    public synchronized OrderSnapshot order(String orderId, boolean nested) {
        return find(orderId).snapshot(nested);
    }

    public synchronized OrderSnapshot orderByClientOrderId(String clientOrderId) {
        return book.byClientOrderId(clientOrderId)
                .orElseThrow(() -> ExchangeRejection.notFound("order not found for " + clientOrderId))
                .snapshot(true);
    }

    public synchronized List<OrderSnapshot> orders(OrderQuery query) {
        return book.query(query);
    }

    // ---------------------------------------------------------------- positions and account

    public synchronized List<PositionView> positions() {
        return account.positions().stream().map(this::view).toList();
    }

    public synchronized PositionView position(String symbol) {
        return account.position(symbol).map(this::view)
                .orElseThrow(() -> ExchangeRejection.notFound("position does not exist"));
    }

    /** DELETE /v2/positions/{symbol}: a market sell of all, {@code qty}, or {@code percentage} of the position. */
    public synchronized OrderSnapshot closePosition(String symbol, BigDecimal qty, BigDecimal percentage) {
        Position position = account.position(symbol)
                .orElseThrow(() -> ExchangeRejection.notFound("position does not exist"));
        BigDecimal toSell = position.qty();
        if (qty != null) {
            toSell = qty;
        } else if (percentage != null) {
            if (percentage.signum() <= 0 || percentage.compareTo(HUNDRED) > 0) {
                throw ExchangeRejection.unprocessable("percentage must be in (0, 100]");
            }
            toSell = position.qty().multiply(percentage).divide(HUNDRED, 9, RoundingMode.DOWN).stripTrailingZeros();
        }
        return submit(OrderRequest.builder().symbol(symbol).qty(toSell.toPlainString()).side("sell")
                .type("market").timeInForce("day").build());
    }

    /** DELETE /v2/positions: closes every position, optionally canceling open orders first. */
    public synchronized List<ClosePositionResult> closeAllPositions(boolean cancelOrders) {
        if (cancelOrders) {
            cancelAll();
        }
        List<ClosePositionResult> results = new ArrayList<>();
        for (Position position : account.positions()) {
            try {
                results.add(new ClosePositionResult(position.symbol(),
                        closePosition(position.symbol(), null, null), null));
            } catch (ExchangeRejection rejection) {
                results.add(new ClosePositionResult(position.symbol(), null, rejection));
            }
        }
        return results;
    }

    public synchronized AccountView account() {
        BigDecimal longValue = account.longMarketValue(market::lastPrice);
        return new AccountView(account.id(), account.cash(), account.cash().add(longValue), account.lastEquity(),
                buyingPower(), longValue, createdAt);
    }

    // ---------------------------------------------------------------- time and prices

    public SimulatedClock clock() {
        return clock;
    }

    public MarketCalendar calendar() {
        return calendar;
    }

    public Instant now() {
        return clock.instant();
    }

    public synchronized void advance(Duration duration) {
        advanceTo(now().plus(duration));
    }

    /** Moves simulated time to {@code target}, publishing and matching every bar that closes on the way. */
    public synchronized void advanceTo(Instant target) {
        while (true) {
            Instant start = source.firstBarAtOrAfter(barCursor);
            if (start == null || start.plus(BAR).isAfter(target)) {
                break;
            }
            Instant end = start.plus(BAR);
            runSessionClosesBefore(end, false);
            clock.moveTo(end);
            for (Bar bar : source.barsAt(start, market::lastPrice)) {
                processBar(bar);
            }
            barCursor = end;
            settlePendingReplaces();
            runSessionClosesBefore(end, true);
        }
        runSessionClosesBefore(target, true);
        if (target.isAfter(now())) {
            clock.moveTo(target);
        }
    }

    /** Start of the next bar the source will play, if any (a replayed file ends). */
    public synchronized Optional<Instant> nextBarStart() {
        return Optional.ofNullable(source.firstBarAtOrAfter(barCursor));
    }

    /** Start of the first bar the source has at or after {@code instant}, played or not. */
    public synchronized Optional<Instant> firstBarAtOrAfter(Instant instant) {
        return Optional.ofNullable(source.firstBarAtOrAfter(instant));
    }

    /**
     * End of the stretch of bars beginning at {@code start} with no gap over {@code maxGap} (for a replayed file: the
     * rest of that trading session); empty for the generator, which has no end.
     */
    public synchronized Optional<Instant> endOfStretch(Instant start, Duration maxGap) {
        return Optional.ofNullable(source.endOfStretch(start, maxGap));
    }

    /** Bad rows of the bar files that were counted and skipped. */
    public long badRowsSkipped() {
        return source instanceof CsvBarSource csv ? csv.badRowsSkipped() : 0;
    }

    /** Publishes the next {@code count} bars (skipping closed hours); returns how many there were. */
    public synchronized int advanceBars(int count) {
        int done = 0;
        while (done < count) {
            Instant start = source.firstBarAtOrAfter(barCursor);
            if (start == null) {
                break;
            }
            advanceTo(start.plus(BAR));
            done++;
        }
        return done;
    }

    /** A trade at {@code price} right now, reached by a jump: orders it crosses execute at {@code price}. */
    public synchronized void setPrice(String symbol, BigDecimal price) {
        requireSymbol(symbol);
        BigDecimal last = market.lastPrice(symbol);
        BigDecimal ticked = Prices.toTick(price);
        market.setLastPrice(symbol, ticked, now());
        barSequence++;
        matchSymbol(symbol, new PriceMove(last == null ? ticked : last, ticked, true));
    }

    public synchronized BigDecimal lastPrice(String symbol) {
        return market.lastPrice(symbol);
    }

    public List<String> symbols() {
        return market.symbols();
    }

    public boolean knowsSymbol(String symbol) {
        return market.knows(symbol);
    }

    public synchronized List<Bar> bars(String symbol, Instant from, Instant to) {
        return market.bars(symbol, from, to);
    }

    public synchronized Optional<Bar> latestBar(String symbol) {
        return market.latestBar(symbol);
    }

    public synchronized BigDecimal previousClose(String symbol) {
        return market.previousClose(symbol);
    }

    /** Latest quote: one tick (or 1 basis point) either side of the last price. */
    public synchronized Quote quote(String symbol) {
        requireSymbol(symbol);
        BigDecimal last = market.lastPrice(symbol);
        if (last == null) {
            throw ExchangeRejection.notFound("no quote for " + symbol);
        }
        BigDecimal halfSpread = Prices.toTick(last.multiply(new BigDecimal("0.0001"))).max(new BigDecimal("0.01"));
        long size = market.latestBar(symbol).map(bar -> Math.max(1, bar.volume() / 5000)).orElse(1L);
        Instant at = Optional.ofNullable(market.lastPriceTime(symbol)).orElse(now());
        return new Quote(symbol, last.subtract(halfSpread), size, last.add(halfSpread), size, at);
    }

    // ---------------------------------------------------------------- knobs (admin API)

    /** Caps how much of one order fills per bar (partial fills); null removes the cap. */
    public synchronized void setLiquidity(String symbol, BigDecimal maxQtyPerBar) {
        if (symbol == null) {
            defaultLiquidity = maxQtyPerBar;
        } else if (maxQtyPerBar == null) {
            liquidityPerSymbol.remove(symbol);
        } else {
            liquidityPerSymbol.put(symbol, maxQtyPerBar);
        }
    }

    /** When true a replace stays pending until the next bar, so a fill in that bar wins the race. */
    public synchronized void setReplacesSettleOnNextBar(boolean value) {
        replacesSettleOnNextBar = value;
    }

    /** Breaks the symbol's stops (see {@link StopFault}); null repairs them. */
    public synchronized void setStopFault(String symbol, StopFault fault) {
        requireSymbol(symbol);
        if (fault == null) {
            stopFaults.remove(symbol);
        } else {
            stopFaults.put(symbol, fault);
        }
    }

    public synchronized Map<String, StopFault> stopFaults() {
        return Map.copyOf(stopFaults);
    }

    /**
     * The venue refuses the symbol's next {@code count} new orders that carry a stop (stop types, or a bracket or
     * OCO with a stop-loss leg), as {@code mode} says; {@code count <= 0} lifts it. Other orders pass.
     */
    public synchronized void rejectStopOrders(String symbol, int count, RejectMode mode) {
        requireSymbol(symbol);
        stopRejections.set(symbol, count, mode);
    }

    /** Stop orders still to be refused, by symbol. */
    public synchronized Map<String, Integer> stopRejections() {
        return stopRejections.remaining();
    }

    /**
     * The venue cancels the symbol's live stops on its own (held legs included, siblings left working): each shows
     * as a {@code canceled} trade update nobody asked for. Returns what it cancelled.
     */
    public synchronized List<OrderSnapshot> cancelStopsByVenue(String symbol) {
        requireSymbol(symbol);
        List<Order> live = book.working(symbol).stream().filter(ExchangeEngine::isStop)
                .filter(order -> order.status() != OrderStatus.PENDING_REPLACE
                        && order.status() != OrderStatus.PENDING_CANCEL)
                .toList();
        live.forEach(this::cancelOne);
        return live.stream().map(order -> order.snapshot(false)).toList();
    }

    /** Rejects the next {@code count} order submissions. */
    public synchronized void rejectNextOrders(int count, RejectMode mode) {
        ordersToReject = count;
        rejectMode = mode;
    }

    public synchronized int ordersToReject() {
        return ordersToReject;
    }

    // ---------------------------------------------------------------- internals: submission

    private void checkFunds(ValidatedOrder valid, BigDecimal last) {
        if (valid.side() == OrderSide.BUY) {
            BigDecimal reference = referencePrice(valid.type(), valid.limitPrice(), valid.stopPrice(), last);
            BigDecimal cost = valid.qty().multiply(reference);
            BigDecimal power = buyingPower();
            if (cost.compareTo(power) > 0) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("buying_power", Prices.plain(Prices.money(power)));
                body.put("code", ExchangeRejection.INSUFFICIENT);
                body.put("cost_basis", Prices.plain(Prices.money(cost)));
                body.put("message", "insufficient buying power");
                throw new ExchangeRejection(403, body);
            }
            return;
        }
        requireAvailable(valid.symbol(), valid.qty(), BigDecimal.ZERO);
    }

    /** Refuses a sell of {@code qty} beyond the shares not held by other open sells (plus {@code released}). */
    private void requireAvailable(String symbol, BigDecimal qty, BigDecimal released) {
        HeldShares held = book.held(symbol);
        BigDecimal existing = account.positionQty(symbol);
        BigDecimal available = existing.subtract(held.qty()).add(released).max(BigDecimal.ZERO);
        if (qty.compareTo(available) > 0) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("available", Prices.plain(available));
            body.put("code", ExchangeRejection.INSUFFICIENT);
            body.put("existing_qty", Prices.plain(existing));
            body.put("held_for_orders", Prices.plain(held.qty()));
            body.put("message", "insufficient qty available for order (requested: " + Prices.plain(qty)
                    + ", available: " + Prices.plain(available) + ")");
            body.put("related_orders", held.orderIds());
            body.put("symbol", "");
            throw new ExchangeRejection(403, body);
        }
    }

    private BigDecimal buyingPower() {
        BigDecimal reserved = BigDecimal.ZERO;
        for (Order order : book.open()) {
            if (order.side() == OrderSide.BUY && order.status() != OrderStatus.PENDING_NEW) {
                BigDecimal reference = referencePrice(order.type(), order.limitPrice(), order.stopPrice(),
                        market.lastPrice(order.symbol()));
                reserved = reserved.add(order.remainingQty().multiply(reference));
            }
        }
        return account.cash().subtract(reserved).max(BigDecimal.ZERO);
    }

    private static BigDecimal referencePrice(OrderType type, BigDecimal limit, BigDecimal stop, BigDecimal last) {
        return switch (type) {
            case LIMIT, STOP_LIMIT -> limit;
            case STOP -> stop;
            default -> last;
        };
    }

    private Order createOrders(ValidatedOrder valid, BigDecimal last) {
        String clientOrderId = valid.clientOrderId() != null ? valid.clientOrderId() : ids.next("client");
        LegRole role = switch (valid.orderClass()) {
            case BRACKET, OTO -> LegRole.ENTRY;
            case OCO -> LegRole.TAKE_PROFIT;
            case SIMPLE -> null;
        };
        Order parent = newOrder(clientOrderId, valid.symbol(), valid.side(), valid.type(), valid.orderClass(), role,
                valid.timeInForce(), valid.qty(), valid.extendedHours());
        parent.setLimitPrice(valid.limitPrice());
        parent.setStopPrice(valid.stopPrice());
        parent.setTrailPrice(valid.trailPrice());
        parent.setTrailPercent(valid.trailPercent());
        if (valid.type() == OrderType.TRAILING_STOP) {
            parent.setHwm(last);
            parent.setStopPrice(OrderMatcher.trailStop(parent));
        }
        if (valid.orderClass() == OrderClass.BRACKET || valid.orderClass() == OrderClass.OTO) {
            if (valid.takeProfitLimitPrice() != null) {
                addLeg(parent, LegRole.TAKE_PROFIT, valid.takeProfitLimitPrice(), null, null);
            }
            if (valid.stopLossStopPrice() != null) {
                addLeg(parent, LegRole.STOP_LOSS, null, valid.stopLossStopPrice(), valid.stopLossLimitPrice());
            }
        } else if (valid.orderClass() == OrderClass.OCO) {
            addLeg(parent, LegRole.STOP_LOSS, null, valid.stopLossStopPrice(), valid.stopLossLimitPrice());
        }
        book.add(parent);
        parent.legs().forEach(book::add);
        return parent;
    }

    private void addLeg(Order parent, LegRole role, BigDecimal limit, BigDecimal stop, BigDecimal stopLimit) {
        OrderType type = role == LegRole.TAKE_PROFIT ? OrderType.LIMIT
                : stopLimit != null ? OrderType.STOP_LIMIT : OrderType.STOP;
        OrderSide side = parent.side() == OrderSide.BUY && parent.role() == LegRole.ENTRY ? OrderSide.SELL
                : parent.side();
        Order leg = newOrder(ids.next("client"), parent.symbol(), side, type, parent.orderClass(), role,
                parent.timeInForce(), parent.qty(), false);
        leg.setLimitPrice(role == LegRole.TAKE_PROFIT ? limit : stopLimit);
        leg.setStopPrice(stop);
        leg.setParent(parent);
        parent.legs().add(leg);
    }

    private Order newOrder(String clientOrderId, String symbol, OrderSide side, OrderType type, OrderClass orderClass,
                           LegRole role, TimeInForce tif, BigDecimal qty, boolean extendedHours) {
        return new Order(ids.next("order"), clientOrderId, symbol, IdGenerator.assetId(symbol), side, type,
                orderClass, role, tif, qty, extendedHours, OrderStatus.PENDING_NEW, now());
    }

    /** Pending_new to working: the parent goes live; legs wait as held (shares go to one exit at a time). */
    private void activate(Order parent) {
        boolean queued = parent.type() == OrderType.MARKET && !tradingNow(parent);
        parent.moveTo(queued ? OrderStatus.ACCEPTED : OrderStatus.NEW, now());
        for (Order leg : parent.legs()) {
            leg.moveTo(OrderStatus.HELD, now());
        }
    }

    private boolean tradingNow(Order order) {
        return calendar.isOpen(now()) || order.extendedHours();
    }

    /** Executes what a new order can take at the current price; IOC/FOK cancel what they cannot. */
    private void executeOnSubmit(Order order, BigDecimal last) {
        PriceMove here = PriceMove.at(last);
        if (order.timeInForce() == TimeInForce.FOK) {
            BigDecimal price = matcher.executionPrice(order, here);
            BigDecimal liquidity = order.liquidityLeft(barSequence, liquidityFor(order.symbol()));
            if (price == null || liquidity.compareTo(order.remainingQty()) < 0) {
                cancelOne(order);
                return;
            }
            execute(order, order.remainingQty(), price);
            return;
        }
        tryExecute(order, here);
        if (order.timeInForce() == TimeInForce.IOC && order.status().isOpen()) {
            cancelOne(order);
        }
    }

    private Order buildReplacement(Order old, ReplaceRequest request) {
        validator.checkClientOrderId(request.clientOrderId());
        OrderValidator.checkSubPenny("limit_price", request.limitPrice());
        OrderValidator.checkSubPenny("stop_price", request.stopPrice());
        if (old.trailPrice() != null) {
            OrderValidator.checkSubPenny("trail", request.trail());
        }
        boolean hasLimit = old.type() == OrderType.LIMIT || old.type() == OrderType.STOP_LIMIT;
        boolean hasStop = old.type() == OrderType.STOP || old.type() == OrderType.STOP_LIMIT;
        if (request.limitPrice() != null && !hasLimit) {
            throw ExchangeRejection.unprocessable("limit_price is not applicable to " + old.type().wire() + " orders");
        }
        if (request.stopPrice() != null && !hasStop) {
            throw ExchangeRejection.unprocessable("stop_price is not applicable to " + old.type().wire() + " orders");
        }
        if (request.trail() != null && old.type() != OrderType.TRAILING_STOP) {
            throw ExchangeRejection.unprocessable("trail is only applicable to trailing_stop orders");
        }
        TimeInForce tif = old.timeInForce();
        if (request.timeInForce() != null) {
            tif = TimeInForce.fromWire(request.timeInForce());
            if (tif == null) {
                throw ExchangeRejection.unprocessable("invalid time_in_force: " + request.timeInForce());
            }
        }
        BigDecimal qty = request.qty() != null ? request.qty() : old.qty();
        if (qty.signum() <= 0) {
            throw ExchangeRejection.unprocessable("qty must be > 0");
        }
        // The replacement only carries what the old order has not filled yet.
        BigDecimal newQty = qty.subtract(old.filledQty());
        if (newQty.signum() <= 0) {
            throw ExchangeRejection.unprocessable("qty must be greater than the filled qty " + old.filledQty());
        }
        if (old.side() == OrderSide.SELL && !OrderBook.waitsForEntry(old)
                && newQty.compareTo(old.remainingQty()) > 0) {
            requireAvailable(old.symbol(), newQty.subtract(old.remainingQty()), BigDecimal.ZERO);
        }
        String clientOrderId = request.clientOrderId() != null ? request.clientOrderId() : ids.next("client");
        Order replacement = newOrder(clientOrderId, old.symbol(), old.side(), old.type(), old.orderClass(),
                old.role(), tif, newQty, old.extendedHours());
        replacement.setLimitPrice(request.limitPrice() != null ? request.limitPrice() : old.limitPrice());
        replacement.setStopPrice(request.stopPrice() != null ? request.stopPrice() : old.stopPrice());
        replacement.setTrailPrice(old.trailPrice());
        replacement.setTrailPercent(old.trailPercent());
        if (request.trail() != null) {
            if (old.trailPrice() != null) {
                replacement.setTrailPrice(request.trail());
            } else {
                replacement.setTrailPercent(request.trail());
            }
        }
        if (old.type() == OrderType.TRAILING_STOP) {
            replacement.setHwm(old.hwm());
            replacement.setStopPrice(OrderMatcher.trailStop(replacement));
        }
        replacement.setReplaces(old.id());
        return replacement;
    }

    /** Completes a replace, unless the old order filled first: then the replacement is rejected. */
    private void settleReplace(Order old, Order replacement) {
        if (old.status().isTerminal()) {
            replacement.moveTo(OrderStatus.REJECTED, now());
            old.setPendingReplacement(null);
            emit("order_replace_rejected", old);
            emit("rejected", replacement);
            return;
        }
        OrderStatus before = old.status() == OrderStatus.PENDING_REPLACE ? old.statusBeforePending() : old.status();
        old.moveTo(OrderStatus.REPLACED, now());
        old.setReplacedBy(replacement.id());
        old.setPendingReplacement(null);
        Order parent = old.parent();
        if (parent != null) {
            parent.legs().set(parent.legs().indexOf(old), replacement);
            replacement.setParent(parent);
        }
        for (Order leg : old.legs()) {
            leg.setParent(replacement);
            replacement.legs().add(leg);
        }
        old.legs().clear();
        replacement.moveTo(before == OrderStatus.HELD ? OrderStatus.HELD : OrderStatus.NEW, now());
        emit("replaced", old);
        if (replacement.status() == OrderStatus.NEW) {
            emit("new", replacement);
        }
    }

    private void settlePendingReplaces() {
        for (Order order : book.all()) {
            if (order.pendingReplacement() != null) {
                settleReplace(order, order.pendingReplacement());
            }
        }
    }

    // ---------------------------------------------------------------- internals: matching

    /**
     * A bar walks open, the extreme nearer the open side first, the other extreme, then close. Outside regular hours
     * (extended-hours bars of a file) only extended-hours orders trade; the others meet the price at the next open.
     */
    private void processBar(Bar bar) {
        barSequence++;
        String symbol = bar.symbol();
        boolean regularHours = calendar.isOpen(bar.start());
        BigDecimal last = market.lastPrice(symbol);
        boolean upBar = bar.close().compareTo(bar.open()) >= 0;
        BigDecimal first = upBar ? bar.low() : bar.high();
        BigDecimal second = upBar ? bar.high() : bar.low();
        List<PriceMove> path = List.of(
                new PriceMove(last == null ? bar.open() : last, bar.open(), true),
                new PriceMove(bar.open(), first, false),
                new PriceMove(first, second, false),
                new PriceMove(second, bar.close(), false));
        for (PriceMove move : path) {
            market.setLastPrice(symbol, move.to(), now());
            matchSymbol(symbol, move, regularHours);
        }
        market.publish(bar);
    }

    private void matchSymbol(String symbol, PriceMove move) {
        matchSymbol(symbol, move, true);
    }

    private void matchSymbol(String symbol, PriceMove move, boolean regularHours) {
        for (Order order : book.working(symbol)) {
            if (order.status().isOpen() && !OrderBook.waitsForEntry(order)
                    && (regularHours || order.extendedHours())) {
                tryExecute(order, move);
            }
        }
    }

    private void tryExecute(Order order, PriceMove move) {
        if (isStop(order) && stopFaults.containsKey(order.symbol())) {
            return; // a broken stop: see StopFault
        }
        executeIfMatched(order, move);
    }

    private void executeIfMatched(Order order, PriceMove move) {
        BigDecimal price = matcher.executionPrice(order, move);
        if (price == null) {
            return;
        }
        BigDecimal qty = order.liquidityLeft(barSequence, liquidityFor(order.symbol()));
        if (order.side() == OrderSide.SELL) {
            qty = qty.min(account.positionQty(order.symbol()));
        }
        if (qty.signum() > 0) {
            execute(order, qty, price);
        }
    }

    private static boolean isStop(Order order) {
        return order.type() == OrderType.STOP || order.type() == OrderType.STOP_LIMIT
                || order.type() == OrderType.TRAILING_STOP;
    }

    /** The late stop of {@link StopFault#FILLS_ON_CANCEL}: it fills at the last price just before the cancel. */
    private void fillCrossedStopsOf(Order target) {
        List<Order> group = target.role() == LegRole.ENTRY ? target.legs() : OrderBook.exitGroup(target);
        BigDecimal last = market.lastPrice(target.symbol());
        for (Order member : group) {
            if (isStop(member) && member.status().isOpen() && !OrderBook.waitsForEntry(member) && last != null) {
                executeIfMatched(member, new PriceMove(last, last, true));
            }
        }
    }

    private BigDecimal liquidityFor(String symbol) {
        return liquidityPerSymbol.getOrDefault(symbol, defaultLiquidity);
    }

    private void execute(Order order, BigDecimal qty, BigDecimal price) {
        order.recordFill(qty, price, barSequence);
        boolean complete = order.remainingQty().signum() == 0;
        order.moveTo(complete ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED, now());
        BigDecimal positionQty = account.applyFill(order.symbol(), order.side(), qty, price);
        // One update per execution, shared by every listener: each must see the same execution id.
        TradeUpdate update = new TradeUpdate(complete ? "fill" : "partial_fill", order.snapshot(true),
                ids.next("execution"), price, qty, positionQty, now());
        listeners.forEach(listener -> listener.onTradeUpdate(update));
        afterExecution(order, complete);
    }

    /** Group rules: a filled entry arms its legs; one exit filling cancels or resizes the other. */
    private void afterExecution(Order order, boolean complete) {
        if (order.role() == LegRole.ENTRY) {
            if (complete) {
                armLegs(order, order.qty());
            }
            return;
        }
        List<Order> group = OrderBook.exitGroup(order);
        if (group.size() < 2) {
            return;
        }
        for (Order sibling : group) {
            if (sibling == order || !sibling.status().isOpen()) {
                continue;
            }
            if (order.role() == LegRole.TAKE_PROFIT && !complete) {
                sibling.setQty(sibling.filledQty().add(order.remainingQty()));
                sibling.touch(now());
            } else {
                cancelOne(sibling);
            }
        }
    }

    /** After the entry fills: the take-profit goes live, the stop stays held unless it is the only exit. */
    private void armLegs(Order entry, BigDecimal qty) {
        boolean hasTakeProfit = entry.legs().stream().anyMatch(leg -> leg.role() == LegRole.TAKE_PROFIT);
        for (Order leg : entry.legs()) {
            if (leg.status() != OrderStatus.HELD) {
                continue;
            }
            leg.setQty(qty);
            if (leg.role() == LegRole.TAKE_PROFIT || !hasTakeProfit) {
                leg.moveTo(OrderStatus.NEW, now());
                emit("new", leg);
            }
        }
    }

    // ---------------------------------------------------------------- internals: cancel, expiry, sessions

    private void cancelWithGroup(Order order) {
        if (order.role() == LegRole.ENTRY) {
            cancelOne(order);
            if (order.filledQty().signum() > 0) {
                armLegs(order, order.filledQty());
            } else {
                order.legs().stream().filter(leg -> leg.status().isOpen()).forEach(this::cancelOne);
            }
            return;
        }
        Order parent = order.parent();
        if (parent != null && parent.role() == LegRole.ENTRY && parent.status().isOpen()) {
            cancelWithGroup(parent);
            return;
        }
        for (Order member : OrderBook.exitGroup(order)) {
            if (member.status().isOpen() && member.status() != OrderStatus.PENDING_REPLACE) {
                cancelOne(member);
            }
        }
    }

    private void cancelOne(Order order) {
        order.moveTo(OrderStatus.CANCELED, now());
        emit("canceled", order);
    }

    private void runSessionClosesBefore(Instant limit, boolean inclusive) {
        while (inclusive ? !nextSessionClose.isAfter(limit) : nextSessionClose.isBefore(limit)) {
            if (nextSessionClose.isAfter(now())) {
                clock.moveTo(nextSessionClose);
            }
            closeSession();
            nextSessionClose = calendar.nextClose(nextSessionClose.plusSeconds(1));
        }
    }

    /** At 16:00 New York day orders expire and today's closes become yesterday's. */
    private void closeSession() {
        for (Order order : book.open()) {
            boolean dayOrder = order.timeInForce() != TimeInForce.GTC;
            if (dayOrder && order.status().canMoveTo(OrderStatus.EXPIRED)) {
                order.moveTo(OrderStatus.EXPIRED, now());
                emit("expired", order);
            }
        }
        market.rollSession();
        account.rollSession(market::lastPrice);
    }

    // ---------------------------------------------------------------- helpers

    private Order find(String orderId) {
        return book.byId(orderId).orElseThrow(() -> ExchangeRejection.notFound("order not found"));
    }

    private void requireSymbol(String symbol) {
        if (!market.knows(symbol)) {
            throw ExchangeRejection.notFound("unknown symbol " + symbol);
        }
    }

    private void emit(String event, Order order) {
        TradeUpdate update = new TradeUpdate(event, order.snapshot(true), null, null, null, null, now());
        listeners.forEach(listener -> listener.onTradeUpdate(update));
    }

    private PositionView view(Position position) {
        String symbol = position.symbol();
        BigDecimal price = Optional.ofNullable(market.lastPrice(symbol)).orElse(position.avgEntryPrice());
        BigDecimal lastday = Optional.ofNullable(market.previousClose(symbol)).orElse(price);
        BigDecimal qty = position.qty();
        BigDecimal marketValue = qty.multiply(price);
        BigDecimal costBasis = position.costBasis();
        BigDecimal unrealized = marketValue.subtract(costBasis);
        BigDecimal intraday = qty.multiply(price.subtract(lastday));
        BigDecimal available = qty.subtract(book.held(symbol).qty()).max(BigDecimal.ZERO);
        return new PositionView(symbol, IdGenerator.assetId(symbol), qty, available, position.avgEntryPrice(),
                Prices.money(costBasis), price, lastday, Prices.money(marketValue), Prices.money(unrealized),
                ratio(unrealized, costBasis), Prices.money(intraday), ratio(intraday, qty.multiply(lastday)),
                ratio(price.subtract(lastday), lastday));
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return numerator.divide(denominator, 6, RoundingMode.HALF_UP);
    }
}
