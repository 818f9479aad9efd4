package com.tradesuite.paperexchange.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The packaged Quarkus app serves the same routes as the in-process server, plus /q/health. */
@QuarkusTest
class PaperExchangeApplicationTest {

    @Test
    void health_is_up() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void the_trading_api_answers_with_keys_and_refuses_without() {
        given().header("APCA-API-KEY-ID", "k").header("APCA-API-SECRET-KEY", "s")
                .when().get("/v2/account")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).header("X-RateLimit-Limit", "200");
        given().when().get("/v2/account").then().statusCode(401).body("code", equalTo(40110000));
    }

    @Test
    void admin_state_reports_the_simulated_clock() {
        given().when().get("/admin/state").then().statusCode(200).body("now", notNullValue());
    }
}
