package com.tradesuite.monitor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.monitor.HandMadeLedger;
import com.tradesuite.monitor.streams.AccountReport;
import com.tradesuite.monitor.streams.StoreFold;
import com.tradesuite.schemas.event.EventEnvelope;

class ReportTextTest {

    private static ReportView handMadeReport() {
        List<EventEnvelope<?>> events = new ArrayList<>();
        events.addAll(HandMadeLedger.orders());
        events.addAll(HandMadeLedger.fills());
        events.addAll(HandMadeLedger.exits());
        return ReportView.of(StoreFold.of(events, true));
    }

    @Test
    void rendersTheHandMadeDayAsAFixedWidthTable() {
        assertThat(ReportText.render(handMadeReport())).isEqualTo("""
                TRADE REPORT - 24 events folded

                SYMBOL   TRADES  WINS LOSSES    WIN%      PF   AVG R     NET P&L
                AAPL          2     1      1   50.0%    1.33    0.70       10.00
                MSFT          2     1      1   50.0%    2.00    0.50       50.00
                TOTAL         4     2      2   50.0%    1.75    0.60       60.00

                Max drawdown: 80.00

                EXIT SOURCES
                LAYER             REASON                   COUNT   SHARE
                EXCHANGE_BRACKET  take-profit leg              2   50.0%
                SELLER            trailing stop                1   25.0%
                EXCHANGE_BRACKET  stop-loss leg                1   25.0%

                Protection: 1 protected, 1 FAILED
                """);
    }

    @Test
    void anEmptyLogPrintsDashesForUndefinedValues() {
        String text = ReportText.render(ReportView.of(StoreFold.of(List.of(), false)));

        assertThat(text).startsWith("TRADE REPORT (still reading the log) - 0 events folded");
        assertThat(text).contains(
                "TOTAL         0     0      0       -       -       -        0.00",
                "Max drawdown: 0.00",
                "EXIT SOURCES\n(none)",
                "Protection: 0 protected, 0 FAILED");
    }

    @Test
    void aSymbolWithoutLossesHasNoProfitFactor() {
        AccountReport stores = StoreFold.of(List.of(HandMadeLedger.orders().get(0), HandMadeLedger.fills().get(0),
                HandMadeLedger.fills().get(2)), false);

        assertThat(ReportText.render(ReportView.of(stores)))
                .contains("AAPL          1     1      0  100.0%       -    2.00       40.00");
    }
}
