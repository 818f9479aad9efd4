package com.tradesuite.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.tradesuite.broker.support.Fixtures;
import com.tradesuite.broker.support.MockBroker;
import com.tradesuite.broker.ws.TradeUpdateListener;
import com.tradesuite.broker.ws.TradeUpdateStream;
import com.tradesuite.broker.model.TradeUpdate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretsNeverLoggedTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(formatter.format(record)).append(record.getMessage());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(trace);
            }
            logged.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger ours = Logger.getLogger("com.tradesuite.broker");
    private final Logger okhttp = Logger.getLogger("okhttp3");
    private MockWebServer server;

    @BeforeEach
    void captureEverything() throws Exception {
        for (Logger logger : List.of(ours, okhttp)) {
            logger.setLevel(Level.ALL);
            logger.addHandler(capture);
        }
        capture.setLevel(Level.ALL);
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void release() throws Exception {
        for (Logger logger : List.of(ours, okhttp)) {
            logger.removeHandler(capture);
            logger.setLevel(null);
        }
        server.shutdown();
    }

    @Test
    void given_successes_retries_rejections_timeouts_and_a_stream_login_then_no_log_line_holds_the_secret() {
        MockBroker broker = new MockBroker(server, b -> b.readTimeout(Duration.ofMillis(300)).maxAttempts(2));
        server.enqueue(json(200, Fixtures.read("account.json")));
        server.enqueue(json(429, "{\"message\":\"rate limit exceeded\"}").setHeader("Retry-After", "1"));
        server.enqueue(json(503, "{\"message\":\"down\"}"));
        server.enqueue(json(403, Fixtures.read("error-insufficient-qty.json")));
        server.enqueue(new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));
        server.enqueue(new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));
        server.enqueue(new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
            @Override
            public void onMessage(WebSocket webSocket, String text) {
                webSocket.send("{\"stream\":\"authorization\",\"data\":{\"status\":\"unauthorized\"}}");
            }

            @Override
            public void onClosing(WebSocket webSocket, int code, String reason) {
                webSocket.close(1000, null);
            }
        }));

        broker.client.trading().getAccount();
        catchThrowable(() -> broker.client.trading().getAccount());
        catchThrowable(() -> broker.client.trading().getAccount());
        catchThrowable(() -> broker.client.trading().getAccount());
        List<TradeUpdate> none = new CopyOnWriteArrayList<>();
        List<Exception> errors = new CopyOnWriteArrayList<>();
        TradeUpdateStream stream = broker.client.tradeUpdates(new TradeUpdateListener() {
            @Override
            public void onUpdate(TradeUpdate update) {
                none.add(update);
            }

            @Override
            public void onError(Exception error) {
                errors.add(error);
            }
        }, null);
        stream.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> !errors.isEmpty());
        stream.close();
        logged.add(broker.client.config().toString());
        broker.client.close();

        assertThat(logged).anySatisfy(line -> assertThat(line).contains("/v2/account"));
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("retry"));
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("authorization refused"));
        assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain(MockBroker.SECRET));
        assertThat(String.join("\n", logged)).doesNotContain(MockBroker.KEY_ID);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
}
