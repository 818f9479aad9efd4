package com.tradesuite.service.config;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import com.tradesuite.domain.protection.ExitLayerCheck;
import com.tradesuite.domain.protection.ExitLayerSettings;
import com.tradesuite.service.InvalidConfigException;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every service checks the exit layers' settings against each other at startup, from the values it sees (its own
 * keys and the other layers' keys read from the same configuration, else their defaults): a violation stops startup
 * naming every key involved, a doubtful gap is one WARN line (docs/adr: cross-layer configuration).
 */
@Startup
@ApplicationScoped
public class ExitLayerStartupCheck {

    private static final Logger LOG = Logger.getLogger(ExitLayerStartupCheck.class);

    @Inject
    Config config;

    @PostConstruct
    void onStart() {
        verify(config);
    }

    /** Reads the layer keys from {@code config}, logs the warnings and throws on the first violation. */
    public static ExitLayerCheck.Result verify(Config config) {
        ExitLayerSettings settings;
        try {
            settings = ExitLayerSettings.read(key -> config.getOptionalValue(key, String.class));
        } catch (IllegalArgumentException notANumber) {
            String message = notANumber.getMessage();
            int colon = message.indexOf(':');
            throw new InvalidConfigException(colon > 0 ? message.substring(0, colon) : "exit layers",
                    colon > 0 ? message.substring(colon + 2) : message);
        }
        ExitLayerCheck.Result result = ExitLayerCheck.check(settings);
        result.warnings().forEach(warning -> LOG.warnf("exit layers: %s", warning));
        if (!result.violations().isEmpty()) {
            ExitLayerCheck.Violation first = result.violations().get(0);
            StringBuilder problem = new StringBuilder(first.message());
            result.violations().stream().skip(1).forEach(more -> problem.append("; also ").append(more.keyNames())
                    .append(": ").append(more.message()));
            throw new InvalidConfigException(first.keyNames(), problem.toString());
        }
        return result;
    }
}
