package com.tradesuite.domain.protection;

import static com.tradesuite.domain.protection.ExitLayerKey.BUYER_MIN_STOP_ATR_MULTIPLE;
import static com.tradesuite.domain.protection.ExitLayerKey.BUYER_MIN_STOP_PERCENT;
import static com.tradesuite.domain.protection.ExitLayerKey.RISK_HARD_STOP_FRACTION;
import static com.tradesuite.domain.protection.ExitLayerKey.RISK_HARD_STOP_R;
import static com.tradesuite.domain.protection.ExitLayerKey.RISK_REWARD_TO_RISK;
import static com.tradesuite.domain.protection.ExitLayerKey.RISK_SOFT_STOP_FRACTION;
import static com.tradesuite.domain.protection.ExitLayerKey.SCANNER_STOP_ATR_MULTIPLE;
import static com.tradesuite.domain.protection.ExitLayerKey.SCANNER_TARGET_ATR_MULTIPLE;
import static com.tradesuite.domain.protection.ExitLayerKey.SELLER_PARTIAL_R_MULTIPLE;
import static com.tradesuite.domain.protection.ExitLayerKey.SELLER_TIGHTEN_FACTOR;
import static com.tradesuite.domain.protection.ExitLayerKey.SELLER_TRAILING_ATR_MULTIPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExitLayerCheckTest {

    /** The defaults with the take-profits a step beyond the partial profit, so only the rule under test speaks. */
    private final ExitLayerSettings sound = ExitLayerSettings.defaults().with(SCANNER_TARGET_ATR_MULTIPLE, "6")
            .with(RISK_REWARD_TO_RISK, "3");

    @Test
    void givenSoundSettingsThenThereIsNoViolationAndNoWarning() {
        ExitLayerCheck.Result result = ExitLayerCheck.check(sound);

        assertThat(result.violations()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void givenAHardStopNotWiderThanTheSoftStopThenItIsAViolationNamingBothKeys() {
        ExitLayerCheck.Result result = ExitLayerCheck.check(sound.with(RISK_HARD_STOP_FRACTION, "0.02"));

        assertThat(result.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.keys()).containsExactly(RISK_HARD_STOP_FRACTION, RISK_SOFT_STOP_FRACTION);
            assertThat(violation.keyNames()).isEqualTo(
                    "tradesuite.risk.hard-stop.max-loss-fraction, tradesuite.risk.protection.default-stop-fraction");
            assertThat(violation.message()).contains("2%", "wider than the soft stop");
        });
    }

    @Test
    void givenAHardStopInsideTheEntrysMinimumStopThenItIsAViolationNamingBothKeys() {
        ExitLayerCheck.Result result = ExitLayerCheck.check(sound.with(BUYER_MIN_STOP_PERCENT, "6"));

        assertThat(result.violations()).singleElement().extracting(ExitLayerCheck.Violation::keys)
                .isEqualTo(List.of(RISK_HARD_STOP_FRACTION, BUYER_MIN_STOP_PERCENT));
    }

    @Test
    void givenAHardStopLessThanOneAndAHalfRisksAwayThenItIsAWarning() {
        ExitLayerCheck.Result result = ExitLayerCheck.check(sound.with(RISK_HARD_STOP_R, "1.2"));

        assertThat(result.violations()).isEmpty();
        assertThat(result.warnings()).singleElement().asString().contains(RISK_HARD_STOP_R.key(), "1.2");
    }

    @Test
    void givenATrailTighterThanTheEntrysMinimumStopThenItIsAViolationNamingBothKeys() {
        ExitLayerCheck.Result result = ExitLayerCheck.check(sound.with(SELLER_TRAILING_ATR_MULTIPLE, "0.8"));

        assertThat(result.violations()).singleElement().extracting(ExitLayerCheck.Violation::keys)
                .isEqualTo(List.of(SELLER_TRAILING_ATR_MULTIPLE, BUYER_MIN_STOP_ATR_MULTIPLE));
    }

    @Test
    void givenATrailThatMomentumTightensBelowTheMinimumStopThenItIsAWarning() {
        ExitLayerCheck.Result result = ExitLayerCheck.check(sound.with(SELLER_TIGHTEN_FACTOR, "0.4"));

        assertThat(result.violations()).isEmpty();
        assertThat(result.warnings()).singleElement().asString()
                .contains(SELLER_TIGHTEN_FACTOR.key(), BUYER_MIN_STOP_ATR_MULTIPLE.key(), "0.8 ATR");
    }

    @Test
    void givenASignalTargetNearerThanItsStopThenItIsAViolationNamingBothKeys() {
        ExitLayerCheck.Result result = ExitLayerCheck.check(sound.with(SCANNER_TARGET_ATR_MULTIPLE, "1.5")
                .with(SELLER_PARTIAL_R_MULTIPLE, "0.5"));

        assertThat(result.violations()).singleElement().extracting(ExitLayerCheck.Violation::keys)
                .isEqualTo(List.of(SCANNER_TARGET_ATR_MULTIPLE, SCANNER_STOP_ATR_MULTIPLE));
    }

    @Test
    void givenAReprotectionTakeProfitBelowOneRiskThenItIsAViolation() {
        ExitLayerCheck.Result result = ExitLayerCheck.check(sound.with(RISK_REWARD_TO_RISK, "0.8")
                .with(SELLER_PARTIAL_R_MULTIPLE, "0.5"));

        assertThat(result.violations()).singleElement().extracting(ExitLayerCheck.Violation::keys)
                .isEqualTo(List.of(RISK_REWARD_TO_RISK));
    }

    @Test
    void givenAPartialProfitBeyondTheTakeProfitThenItIsAViolationNamingTheKeys() {
        ExitLayerCheck.Result beyondBoth = ExitLayerCheck.check(sound.with(SELLER_PARTIAL_R_MULTIPLE, "3.5"));
        ExitLayerCheck.Result beyondTheSignals = ExitLayerCheck.check(sound.with(SELLER_PARTIAL_R_MULTIPLE, "3.5")
                .with(RISK_REWARD_TO_RISK, "4"));

        assertThat(beyondBoth.violations()).extracting(ExitLayerCheck.Violation::keys).containsExactly(
                List.of(SELLER_PARTIAL_R_MULTIPLE, SCANNER_TARGET_ATR_MULTIPLE, SCANNER_STOP_ATR_MULTIPLE),
                List.of(SELLER_PARTIAL_R_MULTIPLE, RISK_REWARD_TO_RISK));
        assertThat(beyondTheSignals.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.keys()).containsExactly(SELLER_PARTIAL_R_MULTIPLE, SCANNER_TARGET_ATR_MULTIPLE,
                    SCANNER_STOP_ATR_MULTIPLE);
            assertThat(violation.message()).contains("3.5R", "3R");
        });
    }

    @Test
    void givenThePartialProfitAtTheTakeProfitsRThenItIsAWarningAsWithTheDefaults() {
        ExitLayerCheck.Result result = ExitLayerCheck.check(ExitLayerSettings.defaults());

        assertThat(result.violations()).isEmpty();
        assertThat(result.warnings()).hasSize(2).allSatisfy(warning -> assertThat(warning)
                .contains(SELLER_PARTIAL_R_MULTIPLE.key(), "races the take-profit"));
    }

    @Test
    void givenAValueThatIsNotANumberWhenReadThenTheKeyIsNamed() {
        Map<String, String> configured = Map.of(RISK_HARD_STOP_FRACTION.key(), "five percent");

        assertThatThrownBy(() -> ExitLayerSettings.read(key -> Optional.ofNullable(configured.get(key))))
                .hasMessageContaining(RISK_HARD_STOP_FRACTION.key());
    }
}
