package com.tradesuite.risk;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.ServiceStartupContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class RiskManagerStartupIT extends ServiceStartupContract {
}
