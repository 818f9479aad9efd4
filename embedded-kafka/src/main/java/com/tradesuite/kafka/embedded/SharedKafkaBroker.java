package com.tradesuite.kafka.embedded;

/**
 * The one broker of this JVM: started on first use, stopped when the JVM exits.
 *
 * <p>Tests share it so a test run starts Kafka once per JVM, not once per class. Tests isolate themselves with
 * their own topic names or consumer groups.
 */
public final class SharedKafkaBroker {

    private static EmbeddedKafkaBroker broker;

    private SharedKafkaBroker() {
    }

    /** The running shared broker, started now if this is the first call in the JVM. */
    public static synchronized EmbeddedKafkaBroker get() {
        if (broker == null) {
            EmbeddedKafkaBroker started = EmbeddedKafkaBroker.start();
            System.out.printf("Embedded Kafka broker (KRaft) ready at %s in %d ms%n",
                    started.bootstrapServers(), started.startupTime().toMillis());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-kafka-shutdown"));
            broker = started;
        }
        return broker;
    }

    /** Shortcut for {@code get().bootstrapServers()}. */
    public static String bootstrapServers() {
        return get().bootstrapServers();
    }
}
