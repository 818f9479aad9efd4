package com.tradesuite.broker.support;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.function.UnaryOperator;
import okhttp3.mockwebserver.MockWebServer;

/** A {@link BrokerClient} wired to a MockWebServer with a hand-moved clock and recorded (not slept) waits. */
public final class MockBroker {

    public static final String KEY_ID = "PKTESTKEYID0000001";
    public static final String SECRET = "s3cr3t-DO-NOT-LOG-8f2b1c9d";

    public final MutableClock clock = new MutableClock(Instant.parse("2024-03-04T14:30:00Z"));
    public final RecordingSleeper sleeper = new RecordingSleeper(clock);
    public final BrokerClient client;

    public MockBroker(MockWebServer server) {
        this(server, b -> b);
    }

    public MockBroker(MockWebServer server, UnaryOperator<BrokerConfig.Builder> tweak) {
        BrokerConfig config = tweak.apply(BrokerConfig.builder()
                .keyId(KEY_ID)
                .secretKey(SECRET)
                .baseUrl(server.url("/").toString())
                .backoffBase(Duration.ofMillis(100))
                .backoffMax(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2)))
                .build();
        this.client = BrokerClient.builder(config).clock(clock).sleeper(sleeper).random(new Random(1)).build();
    }
}
