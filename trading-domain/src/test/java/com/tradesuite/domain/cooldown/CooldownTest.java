package com.tradesuite.domain.cooldown;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.cooldownCleared;
import static com.tradesuite.domain.Events.cooldownStarted;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.tradesuite.schemas.event.CooldownStarted;
import org.junit.jupiter.api.Test;

class CooldownTest {

    private final CooldownRule rule = new CooldownRule(Duration.ofMinutes(30));

    @Test
    void aLosingExitStartsACooldownAndAWinningOneDoesNot() {
        assertThat(rule.afterExit(dec("-12.50"), at(0))).get().extracting(CooldownStarted::until)
                .isEqualTo(at(1800));
        assertThat(rule.afterExit(dec("12.50"), at(0))).isEmpty();
        assertThat(rule.afterExit(dec("0"), at(0))).isEmpty();
    }

    @Test
    void theCooldownExpiresByTimeAndAShorterOneNeverCutsItShort() {
        CooldownBook book = CooldownBook.of(List.of(
                cooldownStarted(AAPL, at(3600), at(0)),
                cooldownStarted(AAPL, at(600), at(10))));

        assertThat(book.isCoolingDown(AAPL, at(3599))).isTrue();
        assertThat(book.isCoolingDown(AAPL, at(3600))).isFalse();
        assertThat(book.isCoolingDown("MSFT", at(0))).isFalse();
    }

    @Test
    void aClearedCooldownIsOver() {
        CooldownBook book = CooldownBook.of(List.of(cooldownStarted(AAPL, at(3600), at(0)), cooldownCleared(AAPL, at(5))));

        assertThat(book.isCoolingDown(AAPL, at(6))).isFalse();
    }
}
