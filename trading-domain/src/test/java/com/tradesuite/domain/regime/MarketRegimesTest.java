package com.tradesuite.domain.regime;

import static com.tradesuite.domain.Events.T0;
import static com.tradesuite.domain.Events.env;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.signal.MomentumScanner;
import com.tradesuite.domain.signal.MomentumSettings;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Regime;

class MarketRegimesTest {

    private static final RegimeSettings SETTINGS = RegimeSettings.defaults();

    private static BarClosed bar(int minute, double close) {
        BigDecimal c = BigDecimal.valueOf(close);
        return new BarClosed("1Min", T0.plusSeconds(60L * minute), c, c.add(new BigDecimal("0.5")),
                c.subtract(new BigDecimal("0.5")), c, 1000);
    }

    /** A steady climb: efficiency 1, ADX 100. */
    private static double trending(int minute) {
        return 100 + minute;
    }

    /** A zigzag within one range: efficiency near 0, ADX near 0. */
    private static double ranging(int minute) {
        return minute % 2 == 0 ? 100 : 100.5;
    }

    @Test
    void givenARangingIndex_whenATrendingSymbolSignals_thenTheMarketIsChoppy() {
        MarketRegimes regimes = new MarketRegimes(SETTINGS);
        for (int i = 0; i < SETTINGS.barsNeeded(); i++) {
            regimes.onBar("SPY", bar(i, ranging(i)));
            regimes.onBar("AAPL", bar(i, trending(i)));
        }

        Optional<RegimeReading> reading = regimes.forSignal("AAPL");

        assertThat(reading).hasValueSatisfying(r -> {
            assertThat(r.regime()).isEqualTo(Regime.CHOPPY);
            assertThat(r.symbol()).isEqualTo("SPY");
            assertThat(r.describe()).startsWith("CHOPPY (SPY: efficiency 0.");
        });
        assertThat(regimes.reading("AAPL").map(RegimeReading::regime)).contains(Regime.NORMAL);
    }

    @Test
    void givenNoIndexBars_whenASymbolSignals_thenItsOwnRegimeStandsIn() {
        MarketRegimes regimes = new MarketRegimes(SETTINGS);
        for (int i = 0; i < SETTINGS.barsNeeded(); i++) {
            regimes.onBar("AAPL", bar(i, ranging(i)));
            regimes.onBar("MSFT", bar(i, trending(i)));
        }

        assertThat(regimes.forSignal("AAPL").map(RegimeReading::regime)).contains(Regime.CHOPPY);
        assertThat(regimes.forSignal("MSFT")).hasValueSatisfying(r -> {
            assertThat(r.regime()).isEqualTo(Regime.NORMAL);
            assertThat(r.symbol()).isEqualTo("MSFT");
        });
    }

    @Test
    void givenTooFewBars_whenASymbolSignals_thenNoRegimeIsMeasured() {
        MarketRegimes regimes = new MarketRegimes(SETTINGS);
        for (int i = 0; i < SETTINGS.barsNeeded() - 1; i++) {
            regimes.onBar("SPY", bar(i, trending(i)));
        }

        assertThat(regimes.forSignal("SPY")).isEmpty();
    }

    @Test
    void givenAReplayedBar_whenFolded_thenTheRegimeDoesNotChange() {
        SymbolRegime regime = SymbolRegime.initial(SETTINGS).next(bar(1, 100)).next(bar(2, 101));

        assertThat(regime.next(bar(2, 150))).isEqualTo(regime);
        assertThat(regime.next(bar(1, 150))).isEqualTo(regime);
    }

    @Test
    void givenAChoppyIndex_whenTheMomentumScannerSignals_thenTheSignalCarriesTheRegime() {
        MomentumSettings momentum = new MomentumSettings("momo", "1Min", 3, 3, 2, new BigDecimal("0.5"),
                new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("4"));
        MomentumScanner scanner = new MomentumScanner(momentum, SETTINGS);
        List<EntrySignalled> signals = new ArrayList<>();
        int warm = SETTINGS.barsNeeded();
        for (int i = 0; i < warm + 5; i++) {
            scanner.onEvent(env("SPY", bar(i, ranging(i)), at(i)));
            // flat, then an accelerating climb: a breakout with rising momentum
            double close = i < warm ? 100 : 100 + (i - warm + 1) * (i - warm + 2);
            scanner.onEvent(env("AAPL", bar(i, close), at(i))).ifPresent(signals::add);
        }

        assertThat(signals).isNotEmpty().allSatisfy(signal -> assertThat(signal.regime()).isEqualTo(Regime.CHOPPY));
        assertThat(new MomentumScanner(momentum, SETTINGS).regimeFor("AAPL")).isEmpty();
    }

    private static Instant at(int minute) {
        return T0.plusSeconds(60L * (minute + 1));
    }
}
