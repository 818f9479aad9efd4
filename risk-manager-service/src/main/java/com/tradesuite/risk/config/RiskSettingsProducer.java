package com.tradesuite.risk.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

/** Builds {@link RiskSettings} from application.properties / the environment; a bad value fails startup. */
@ApplicationScoped
public class RiskSettingsProducer {

    @Inject
    Config config;

    @Produces
    @Singleton
    RiskSettings riskSettings() {
        return RiskSettings.from(key -> config.getOptionalValue(key, String.class));
    }
}
