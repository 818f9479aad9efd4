package com.tradesuite.paperexchange.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.engine.TradeUpdateListener;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trade_updates websocket: Alpaca's authenticate/listen protocol, answers and events as BINARY frames
 * (as paper Alpaca sends them); only authorized connections listening to trade_updates get events.
 */
final class TradeUpdateStream implements TradeUpdateListener {

    private final Credentials credentials;
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    TradeUpdateStream(Credentials credentials) {
        this.credentials = credentials;
    }

    void accept(ServerWebSocket socket) {
        Session session = new Session(socket);
        sessions.add(session);
        socket.closeHandler(v -> sessions.remove(session));
        socket.exceptionHandler(e -> sessions.remove(session));
        socket.handler(buffer -> onMessage(session, buffer));
    }

    private void onMessage(Session session, Buffer buffer) {
        JsonNode message;
        try {
            message = AlpacaJson.MAPPER.readTree(buffer.getBytes());
        } catch (IOException e) {
            send(session, Map.of("stream", "listening", "data", Map.of("error", "invalid syntax")));
            return;
        }
        String action = message.path("action").asText("");
        JsonNode data = message.path("data");
        switch (action) {
            case "authenticate", "auth" -> authenticate(session, data);
            case "listen" -> listen(session, data);
            default -> send(session, Map.of("stream", "listening", "data", Map.of("error", "invalid action")));
        }
    }

    private void authenticate(Session session, JsonNode data) {
        String key = data.path("key_id").asText("");
        String secret = data.path("secret_key").asText("");
        boolean ok = !key.isBlank() && !secret.isBlank() && credentials.accepts(key, secret);
        session.authorized = ok;
        send(session, Map.of("stream", "authorization",
                "data", Map.of("status", ok ? "authorized" : "unauthorized", "action", "authenticate")));
        if (!ok) {
            session.socket.close();
        }
    }

    private void listen(Session session, JsonNode data) {
        if (!session.authorized) {
            send(session, Map.of("stream", "listening", "data", Map.of("error", "not authorized")));
            return;
        }
        boolean tradeUpdates = false;
        for (JsonNode stream : data.path("streams")) {
            tradeUpdates |= "trade_updates".equals(stream.asText());
        }
        session.listening = tradeUpdates;
        send(session, Map.of("stream", "listening",
                "data", Map.of("streams", tradeUpdates ? List.of("trade_updates") : List.of())));
    }

    @Override
    public void onTradeUpdate(TradeUpdate update) {
        Buffer frame = Buffer.buffer(AlpacaJson.write(AlpacaJson.tradeUpdate(update)));
        for (Session session : sessions) {
            if (session.listening && !session.socket.isClosed()) {
                session.socket.writeBinaryMessage(frame);
            }
        }
    }

    /** Drops every connection, as a network fault would. */
    void dropAll() {
        for (Session session : sessions) {
            sessions.remove(session);
            if (!session.socket.isClosed()) {
                session.socket.close((short) 1011, "stream dropped (injected fault)");
            }
        }
    }

    int connections() {
        return sessions.size();
    }

    private static void send(Session session, Object message) {
        if (!session.socket.isClosed()) {
            session.socket.writeBinaryMessage(Buffer.buffer(AlpacaJson.write(message)));
        }
    }

    /** One websocket connection and how far it got in the protocol. */
    private static final class Session {
        private final ServerWebSocket socket;
        private volatile boolean authorized;
        private volatile boolean listening;

        Session(ServerWebSocket socket) {
            this.socket = socket;
        }
    }
}
