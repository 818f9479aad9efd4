package com.tradesuite.seller;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Builds {@link SellerSettings} from application.properties / the environment, eagerly, so bad config stops startup. */
public class SellerSettingsProducer {

    @Inject
    Config config;

    @Produces
    @Singleton
    @Startup
    SellerSettings settings() {
        return SellerSettings.parse(key -> config.getOptionalValue(key, String.class).orElse(null));
    }
}
