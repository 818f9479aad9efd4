package com.tradesuite.service.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.tradesuite.broker.model.Account;
import com.tradesuite.domain.entry.AccountSnapshot;

class AlpacaBrokerPortTest {

    @Test
    void givenAnAccount_whenRead_thenTheDailyLimitBaseIsLastEquityAndBuyingPowerIsTheBrokers() {
        AccountFacts facts = AlpacaBrokerPort.facts(account(new BigDecimal("98000"), new BigDecimal("100000"),
                false, false));

        assertThat(facts).isEqualTo(new AccountFacts(new BigDecimal("98000"), new BigDecimal("100000"),
                new BigDecimal("50000"), false));
    }

    @Test
    void givenANewAccountWithoutLastEquity_whenRead_thenItsEquityIsTheBase() {
        AccountFacts facts = AlpacaBrokerPort.facts(account(new BigDecimal("98000"), null, false, false));

        assertThat(facts.dayStartEquity()).isEqualByComparingTo("98000");
    }

    @Test
    void givenATradingOrAccountBlock_whenRead_thenItHaltsAsDoesOurOwnSwitch() {
        assertThat(AlpacaBrokerPort.facts(account(BigDecimal.TEN, BigDecimal.TEN, true, false)).tradingBlocked())
                .isTrue();
        assertThat(AlpacaBrokerPort.facts(account(BigDecimal.TEN, BigDecimal.TEN, false, true)).tradingBlocked())
                .isTrue();
        AccountFacts open = AlpacaBrokerPort.facts(account(BigDecimal.TEN, BigDecimal.TEN, false, false));
        assertThat(open.snapshot(false)).isEqualTo(new AccountSnapshot(BigDecimal.TEN, new BigDecimal("50000"), false));
        assertThat(open.snapshot(true).tradingHalted()).isTrue();
    }

    private static Account account(BigDecimal equity, BigDecimal lastEquity, boolean tradingBlocked,
                                   boolean accountBlocked) {
        return new Account("id", "PA1", "ACTIVE", "USD", new BigDecimal("50000"), equity, lastEquity,
                new BigDecimal("50000"), equity, BigDecimal.ZERO, BigDecimal.ZERO, tradingBlocked, accountBlocked,
                false, false, 0, BigDecimal.ONE);
    }
}
