package com.tradesuite.scanner;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.PaperExchangeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A symbol the market-data source does not know turns the scanner's readiness DOWN naming the refusal (the real paper
 * exchange answers {@code 422 invalid symbol}), instead of a warning once in the log while every poll fails.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
@TestProfile(ScannerUnknownSymbolIT.UnknownSymbol.class)
class ScannerUnknownSymbolIT {

    @Test
    void givenASymbolTheExchangeDoesNotList_whenThePollIsRefused_thenReadinessIsDownNamingIt() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            String body = given().get("/q/health/ready").then().extract().asString();
            return body.contains("\"market-data-source\"") && body.contains("invalid symbol: ZZZZ");
        });

        given().get("/q/health/ready").then().statusCode(503);
    }

    /** The test profile's symbols: one the exchange lists and one it does not. */
    public static final class UnknownSymbol implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradesuite.scanner.symbols", "AAPL,ZZZZ");
        }
    }
}
