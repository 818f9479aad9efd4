package com.tradesuite.scanner.api;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import com.tradesuite.scanner.ScannerService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The scanner is not ready while the market-data source refuses its request as invalid (e.g. {@code 422 invalid
 * symbol: AAPL}): retrying cannot help, so the readiness names the refusal instead of hiding it in the log.
 */
@Readiness
@ApplicationScoped
public class MarketDataSourceHealthCheck implements HealthCheck {

    static final String NAME = "market-data-source";

    @Inject
    ScannerService scanner;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        scanner.sourceRefusal().ifPresent(refusal -> response.down().withData("refused", refusal));
        return response.build();
    }
}
