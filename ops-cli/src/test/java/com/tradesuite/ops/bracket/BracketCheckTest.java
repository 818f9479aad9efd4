package com.tradesuite.ops.bracket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The pure bracket check over {@code bracket/alpaca-bracket-entry.json}: Alpaca's EquityOrderResponse example from
 * the reference spec, turned into a bracket entry with its two legs (the reference holds no recorded bracket payload).
 */
class BracketCheckTest {

    private static final SentBracket SENT = new SentBracket("AAPL", BigDecimal.ONE, new BigDecimal("147.00"),
            new BigDecimal("153.00"), new BigDecimal("144.06"));

    private ObjectNode order;

    @BeforeEach
    void readFixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/bracket/alpaca-bracket-entry.json")) {
            order = (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    private ObjectNode leg(int index) {
        return (ObjectNode) order.get("legs").get(index);
    }

    @Test
    void aBracketAsSentPasses() {
        assertThat(BracketCheck.problems(order, SENT)).isEmpty();
        assertThat(BracketCheck.verdict(SENT, BracketCheck.problems(order, SENT)))
                .startsWith("PASS check-bracket AAPL");
    }

    @Test
    void pricesWrittenWithoutTrailingZerosStillEqualWhatWasSent() {
        leg(0).put("limit_price", "153");
        assertThat(BracketCheck.problems(order, SENT)).isEmpty();
    }

    @Test
    void aMissingOrderClassIsNamed() {
        order.remove("order_class");
        assertThat(BracketCheck.problems(order, SENT))
                .containsExactly("parent order_class is missing from the broker's answer (expected bracket)");
        assertThat(BracketCheck.verdict(SENT, BracketCheck.problems(order, SENT)))
                .startsWith("FAIL check-bracket AAPL: parent order_class is missing");
    }

    @Test
    void aPlainOrderWithoutLegsFailsOnClassAndLegs() {
        // What Alpaca answers when take_profit/stop_loss are sent without order_class.
        order.put("order_class", "");
        order.putNull("legs");
        assertThat(BracketCheck.problems(order, SENT)).containsExactly(
                "parent order_class is '' (expected bracket)",
                "parent has no legs (expected 2: a take-profit limit and a stop)");
    }

    @Test
    void oneLegIsNotEnough() {
        ((ArrayNode) order.get("legs")).remove(1);
        assertThat(BracketCheck.problems(order, SENT))
                .containsExactly("parent has 1 leg (expected exactly 2: a take-profit limit and a stop)");
    }

    @Test
    void twoLimitLegsAreNotATakeProfitAndAStop() {
        leg(1).put("type", "limit");
        assertThat(BracketCheck.problems(order, SENT))
                .containsExactly("legs are of types [limit, limit] (expected one limit and one stop or stop_limit)");
    }

    @Test
    void aStopLimitLegCountsAsTheStop() {
        leg(1).put("type", "stop_limit");
        leg(1).put("limit_price", "144.00");
        assertThat(BracketCheck.problems(order, SENT)).isEmpty();
    }

    @Test
    void legSideQtyAndPricesMustMatchWhatWasSent() {
        leg(0).put("side", "buy");
        leg(0).put("limit_price", "153.01");
        leg(1).put("qty", "2");
        leg(1).remove("stop_price");
        assertThat(BracketCheck.problems(order, SENT)).containsExactly(
                "take-profit leg side is 'buy' (expected sell)",
                "take-profit leg limit_price is 153.01 (sent 153.00)",
                "stop leg qty is 2 (expected the parent's 1)",
                "stop leg stop_price is (missing) (sent 144.06)");
    }

    @Test
    void theParentsEntryMustBeTheSentBuyLimit() {
        order.put("limit_price", "146.99");
        order.put("type", "market");
        assertThat(BracketCheck.problems(order, SENT)).containsExactly(
                "parent type is 'market' (expected limit)",
                "parent limit_price is 146.99 (sent 147.00)");
    }

    @Test
    void theTreeShowsTheParentThenBothLegs() {
        order.remove("order_class");
        assertThat(BracketCheck.tree(order)).isEqualTo("""
                bracket     7b08df51-c1ac-453c-99f9-323a5f075f0d  class=(missing) type=limit side=buy qty=1 \
                limit=147.00 status=new
                  |- take-profit b3a1a4a1-2f1e-4c55-9a0e-0d4c1e6f2a11  class=bracket type=limit side=sell qty=1 \
                limit=153.00 status=held
                  `- stop-loss   c4b2b5b2-3a2f-4d66-8b1f-1e5d2f7a3b22  class=bracket type=stop side=sell qty=1 \
                stop=144.06 status=held
                """);
    }

    @Test
    void pricesRestTheEntryBelowTheMarketWithLegsOnEitherSide() {
        SentBracket sent = CheckBracketCommand.prices("SPY", new BigDecimal("500.005"));
        assertThat(sent.entryLimit()).isEqualByComparingTo("490.00");
        assertThat(sent.takeProfit()).isEqualByComparingTo("510.01");
        assertThat(sent.stopPrice()).isEqualByComparingTo("480.20");
        assertThat(sent.qty()).isEqualByComparingTo("1");
    }
}
