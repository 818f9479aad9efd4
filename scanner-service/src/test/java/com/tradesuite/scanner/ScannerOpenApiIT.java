package com.tradesuite.scanner;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.ServiceOpenApiContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The scanner documents only the shared endpoints: it serves no REST of its own. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class ScannerOpenApiIT extends ServiceOpenApiContract {

    ScannerOpenApiIT() {
        super("scanner-service");
    }
}
