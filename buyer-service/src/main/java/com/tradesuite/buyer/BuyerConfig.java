package com.tradesuite.buyer;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Reads the buyer's keys once; a bad value stops startup, before any topic work, with a message naming the key. */
@Singleton
public class BuyerConfig {

    private static final Logger LOG = Logger.getLogger(BuyerConfig.class);

    @Inject
    Config config;

    @Produces
    @Singleton
    BuyerSettings settings() {
        Map<String, String> raw = new HashMap<>();
        for (String key : BuyerSettings.KEYS) {
            config.getOptionalValue(key, String.class).ifPresent(value -> raw.put(key, value));
        }
        return BuyerSettings.from(raw);
    }

    void validateAtStartup(@Observes @Priority(1) StartupEvent event, BuyerSettings settings) {
        LOG.infof("buyer settings: %s", settings);
    }
}
