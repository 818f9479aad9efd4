package com.tradesuite.broker.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.http.TradingClient;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.parse.StreamMessage;
import com.tradesuite.broker.parse.StreamMessageParser;
import com.tradesuite.broker.resilience.BackoffPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * The trade_updates stream: authenticate, listen, deliver each update once; on every (re)connect, after
 * listening, a REST catch-up replays what the broker did meanwhile, so a dropped connection loses nothing.
 * Reconnects with exponential backoff. Text and binary frames are read alike. All work runs on one thread.
 */
public final class TradeUpdateStream implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TradeUpdateStream.class.getName());
    private static final int TRACKER_CAPACITY = 50_000;
    private static final Duration CATCH_UP_OVERLAP = Duration.ofSeconds(5);

    private final OkHttpClient http;
    private final BrokerConfig config;
    private final ObjectMapper mapper;
    private final StreamMessageParser parser;
    private final TradingClient trading;
    private final OrderCatchUp catchUp;
    private final TradeUpdateListener listener;
    private final BackoffPolicy reconnectBackoff;
    private final ScheduledExecutorService events;
    private final Clock clock;
    private final UpdateTracker tracker = new UpdateTracker(TRACKER_CAPACITY);
    private final AtomicInteger listeningCount = new AtomicInteger();

    private volatile StreamState state = StreamState.NOT_STARTED;
    private Instant catchUpFrom;
    private List<String> knownOpenOrderIds;
    private WebSocket socket;
    private int generation;
    private int failedConnects;

    /**
     * @param catchUpFrom replay orders submitted since this instant on the first connect too; null to start from
     *     the broker's clock at the first connect
     * @param knownOpenOrderIds orders the caller last saw open (e.g. in its log): the first catch-up reads each of
     *     them again, because the broker's {@code after} filter is by submission time and would miss an old order
     *     that filled or was canceled meanwhile
     */
    public TradeUpdateStream(OkHttpClient http, BrokerConfig config, ObjectMapper mapper, TradingClient trading,
            TradeUpdateListener listener, BackoffPolicy reconnectBackoff, ScheduledExecutorService events,
            Clock clock, Instant catchUpFrom, Collection<String> knownOpenOrderIds) {
        this.http = http;
        this.config = config;
        this.mapper = mapper;
        this.parser = new StreamMessageParser(mapper);
        this.trading = trading;
        this.catchUp = new OrderCatchUp(trading, CATCH_UP_OVERLAP);
        this.listener = listener;
        this.reconnectBackoff = reconnectBackoff;
        this.events = events;
        this.clock = clock;
        this.catchUpFrom = catchUpFrom;
        this.knownOpenOrderIds = List.copyOf(knownOpenOrderIds);
    }

    /** Connects in the background; returns at once. */
    public void start() {
        events.execute(this::connect);
    }

    public StreamState state() {
        return state;
    }

    /** How many times the stream reached LISTENING (1 after the first connect, +1 per reconnect). */
    public int listeningCount() {
        return listeningCount.get();
    }

    /** Closes the socket for good; no reconnect follows. */
    @Override
    public void close() {
        if (events.isShutdown()) {
            return; // closing twice is harmless
        }
        state = StreamState.CLOSED;
        events.execute(() -> {
            if (socket != null) {
                socket.close(1000, "client closing");
            }
        });
        events.shutdown();
        try {
            events.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void connect() {
        if (state == StreamState.CLOSED) {
            return;
        }
        state = StreamState.CONNECTING;
        int gen = ++generation;
        Request request = new Request.Builder().url(config.streamUrl()).build();
        socket = http.newWebSocket(request, new Frames(gen));
    }

    private void onOpen(int gen, WebSocket ws) {
        if (gen != generation || state == StreamState.CLOSED) {
            return;
        }
        state = StreamState.AUTHENTICATING;
        ObjectNode auth = mapper.createObjectNode().put("action", "authenticate");
        auth.putObject("data").put("key_id", config.keyId()).put("secret_key", config.secretKey());
        ws.send(auth.toString());
    }

    private void onFrame(int gen, String text) {
        if (gen != generation || state == StreamState.CLOSED) {
            return;
        }
        List<StreamMessage> messages;
        try {
            messages = parser.parseFrame(text);
        } catch (RuntimeException badFrame) {
            report(badFrame);
            return;
        }
        for (StreamMessage message : messages) {
            handle(message);
        }
    }

    private void handle(StreamMessage message) {
        if (message instanceof StreamMessage.Authorization auth) {
            onAuthorization(auth);
        } else if (message instanceof StreamMessage.Listening listening) {
            onListening(listening);
        } else if (message instanceof StreamMessage.Update update) {
            deliver(update.update());
        }
    }

    private void onAuthorization(StreamMessage.Authorization auth) {
        if (!auth.authorized()) {
            report(new IllegalStateException("trade_updates authorization refused: " + auth.status()));
            socket.close(1000, "unauthorized");
            return;
        }
        ObjectNode listen = mapper.createObjectNode().put("action", "listen");
        listen.putObject("data").putArray("streams").add("trade_updates");
        socket.send(listen.toString());
    }

    private void onListening(StreamMessage.Listening listening) {
        if (!listening.streams().contains("trade_updates")) {
            report(new IllegalStateException("listen refused: " + listening.error()));
            return;
        }
        try {
            catchUp();
        } catch (RuntimeException failed) {
            // Without a complete catch-up an update could be lost: drop and reconnect, which retries it.
            report(failed);
            socket.cancel();
            return;
        }
        state = StreamState.LISTENING;
        failedConnects = 0;
        int count = listeningCount.incrementAndGet();
        LOG.info(() -> "trade_updates listening (connection " + count + ")");
        safely(() -> listener.onListening(count));
    }

    private void catchUp() {
        Instant since = tracker.lastEventAt() != null ? tracker.lastEventAt() : catchUpFrom;
        if (since == null && listeningCount.get() == 0 && knownOpenOrderIds.isEmpty()) {
            // First connect with no history to replay: remember where the broker's clock stands.
            catchUpFrom = brokerNow();
            return;
        }
        if (since == null) {
            // No history but orders known open: nothing submitted before now is missing, those orders aside.
            since = brokerNow();
            catchUpFrom = since;
        }
        Set<String> open = new LinkedHashSet<>(knownOpenOrderIds);
        open.addAll(tracker.openOrderIds());
        for (Order order : catchUp.changedSince(since, List.copyOf(open))) {
            tracker.missedUpdates(order).forEach(this::deliver);
        }
        // From now on the tracker knows what it saw open; the caller's list served the first catch-up.
        knownOpenOrderIds = List.of();
    }

    private Instant brokerNow() {
        try {
            return trading.getClock().timestamp().toInstant();
        } catch (RuntimeException clockDown) {
            return clock.instant();
        }
    }

    private void deliver(TradeUpdate update) {
        if (tracker.accept(update)) {
            safely(() -> listener.onUpdate(update));
        }
    }

    private void onDrop(int gen, String reason) {
        // Closing and failure callbacks can both fire for one socket: reconnect once.
        if (gen != generation || state == StreamState.CLOSED || state == StreamState.DISCONNECTED) {
            return;
        }
        state = StreamState.DISCONNECTED;
        failedConnects++;
        Duration wait = reconnectBackoff.delay(failedConnects, null);
        LOG.warning(() -> "trade_updates dropped (" + reason + "); reconnecting in " + wait.toMillis() + " ms");
        safely(() -> listener.onDisconnected(reason));
        events.schedule(this::connect, wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void report(Exception error) {
        LOG.log(Level.WARNING, "trade_updates: " + error.getMessage());
        safely(() -> listener.onError(error));
    }

    private void safely(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "trade update listener threw", e);
        }
    }

    private void post(Runnable task) {
        if (!events.isShutdown()) {
            events.execute(task);
        }
    }

    /** OkHttp callbacks, moved onto the event thread and tagged with their connection generation. */
    private final class Frames extends WebSocketListener {
        private final int gen;

        Frames(int gen) {
            this.gen = gen;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            post(() -> TradeUpdateStream.this.onOpen(gen, webSocket));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            post(() -> onFrame(gen, text));
        }

        @Override
        public void onMessage(WebSocket webSocket, ByteString bytes) {
            String text = bytes.utf8();
            post(() -> onFrame(gen, text));
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            post(() -> onDrop(gen, "closed by server: " + code + " " + reason));
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            post(() -> onDrop(gen, "closed: " + code + " " + reason));
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            post(() -> onDrop(gen, "failure: " + t));
        }
    }
}
