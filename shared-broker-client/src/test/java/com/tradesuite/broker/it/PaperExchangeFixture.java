package com.tradesuite.broker.it;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.resilience.Sleeper;
import com.tradesuite.broker.support.MutableClock;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/** A paper exchange in this JVM plus a real {@link BrokerClient} talking to it over HTTP and websocket. */
final class PaperExchangeFixture implements AutoCloseable {

    static final String KEY_ID = "PKITKEY0000000000001";
    static final String SECRET = "it-secret-never-logged-7c1e";

    final PaperExchangeServer exchange;
    final BrokerClient client;
    /** Bodies of every POST /v2/orders exactly as they went over the wire. */
    final List<String> postedOrders = new CopyOnWriteArrayList<>();
    /** Every wait the client asked for (it still really sleeps). */
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    /** Retry-After values of every 429 the client received. */
    final List<Duration> retryAfters = new CopyOnWriteArrayList<>();

    PaperExchangeFixture() {
        this(PaperExchangeConfig.builder(), false);
    }

    /**
     * @param simulatedWaits record waits and move a simulated client clock instead of sleeping (for 429 storms,
     *     whose Retry-After runs to the end of the exchange's one-minute window)
     */
    PaperExchangeFixture(PaperExchangeConfig.Builder exchangeConfig, boolean simulatedWaits) {
        this.exchange = PaperExchangeServer.start(exchangeConfig.apiKeyId(KEY_ID).apiSecretKey(SECRET)
                .rateLimitPerMinute(100_000).build());
        BrokerConfig config = BrokerConfig.builder()
                .keyId(KEY_ID)
                .secretKey(SECRET)
                .baseUrl(exchange.baseUrl())
                .streamUrl(exchange.streamUrl())
                .rateLimitPerMinute(100_000)
                .backoffBase(Duration.ofMillis(20))
                .backoffMax(Duration.ofMillis(500))
                .maxAttempts(6)
                .build();
        MutableClock clock = new MutableClock(Instant.now());
        Sleeper recording = wait -> {
            waits.add(wait);
            if (simulatedWaits) {
                clock.advance(wait);
            } else {
                Sleeper.SYSTEM.sleep(wait);
            }
        };
        OkHttpClient http = new OkHttpClient.Builder().addInterceptor(this::record).build();
        BrokerClient.Builder builder = BrokerClient.builder(config).sleeper(recording).httpClient(http);
        this.client = (simulatedWaits ? builder.clock(clock) : builder).build();
    }

    /** Sets a known price so every test reasons about fixed numbers. */
    void price(String symbol, String price) {
        exchange.setPrice(symbol, new BigDecimal(price));
    }

    private Response record(Interceptor.Chain chain) throws IOException {
        Request request = chain.request();
        if ("POST".equals(request.method()) && request.url().encodedPath().equals("/v2/orders")
                && request.body() != null) {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            postedOrders.add(buffer.readUtf8());
        }
        Response response = chain.proceed(request);
        String retryAfter = response.header("Retry-After");
        if (response.code() == 429 && retryAfter != null) {
            retryAfters.add(Duration.ofSeconds(Long.parseLong(retryAfter)));
        }
        return response;
    }

    @Override
    public void close() {
        client.close();
        exchange.close();
    }
}
