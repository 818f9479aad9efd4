package com.tradesuite.buyer;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.ServiceOpenApiContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The buyer documents only the shared endpoints: it serves no REST of its own. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class BuyerOpenApiIT extends ServiceOpenApiContract {

    BuyerOpenApiIT() {
        super("buyer-service");
    }
}
