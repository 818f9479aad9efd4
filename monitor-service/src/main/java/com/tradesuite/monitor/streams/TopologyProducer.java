package com.tradesuite.monitor.streams;

import org.apache.kafka.streams.Topology;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Hands the report's topology to Quarkus' Kafka Streams, which runs it with the {@code kafka-streams.*} settings. */
@ApplicationScoped
public class TopologyProducer {

    @Produces
    public Topology topology() {
        return MonitorTopology.build();
    }
}
