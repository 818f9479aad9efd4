package com.tradesuite.paperexchange.app;

import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.engine.SimulationDriver;
import com.tradesuite.paperexchange.http.ExchangeRuntime;
import io.vertx.ext.web.Router;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/** The standalone Quarkus service: the same routes as the in-process server, on Quarkus' HTTP server. */
@ApplicationScoped
public class PaperExchangeApplication {

    private static final Logger LOG = Logger.getLogger(PaperExchangeApplication.class);

    private ExchangeRuntime runtime;
    private SimulationDriver driver;

    /** Quarkus hands over its router at startup; a bad config throws here and startup stops naming the key. */
    void registerRoutes(@Observes Router router) {
        Config config = ConfigProvider.getConfig();
        PaperExchangeConfig exchangeConfig = new ConfigReader(key -> config.getOptionalValue(key, String.class))
                .read();
        runtime = ExchangeRuntime.create(exchangeConfig);
        runtime.register(router);
        driver = SimulationDriver.startIfEnabled(runtime.engine(), exchangeConfig.speedUp());
        LOG.infof("paper-exchange: symbols %s, seed %d, speed-up %.0fx, simulated time %s",
                runtime.engine().symbols(), exchangeConfig.seed(), exchangeConfig.speedUp(), runtime.engine().now());
    }

    public ExchangeRuntime runtime() {
        return runtime;
    }

    @PreDestroy
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }
}
