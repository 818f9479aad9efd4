package com.tradesuite.buyer.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.request.InvalidOrderRequestException;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.Side;

class EntryOrdersTest {

    @Test
    void givenALimitIntent_whenTranslated_thenABracketWithBothLegsUnderTheIntentsClientOrderId() {
        OrderRequest request = EntryOrders.bracket("AAPL", intent(com.tradesuite.schemas.event.OrderType.LIMIT,
                new BigDecimal("100.00"), new BigDecimal("104.00"), new BigDecimal("98.00")));

        assertThat(request.orderClass()).isEqualTo(OrderClass.BRACKET);
        assertThat(request.type()).isEqualTo(OrderType.LIMIT);
        assertThat(request.side()).isEqualTo(OrderSide.BUY);
        assertThat(request.symbol()).isEqualTo("AAPL");
        assertThat(request.qty()).isEqualByComparingTo("25");
        assertThat(request.limitPrice()).isEqualByComparingTo("100.00");
        assertThat(request.takeProfit().limitPrice()).isEqualByComparingTo("104.00");
        assertThat(request.stopLoss().stopPrice()).isEqualByComparingTo("98.00");
        assertThat(request.timeInForce()).isEqualTo(TimeInForce.DAY);
        assertThat(request.clientOrderId()).isEqualTo("entry-abc");
    }

    @Test
    void givenAMarketIntent_whenTranslated_thenNoLimitPriceIsSent() {
        OrderRequest request = EntryOrders.bracket("AAPL", intent(com.tradesuite.schemas.event.OrderType.MARKET, null,
                new BigDecimal("104.00"), new BigDecimal("98.00")));

        assertThat(request.type()).isEqualTo(OrderType.MARKET);
        assertThat(request.limitPrice()).isNull();
        assertThat(request.orderClass()).isEqualTo(OrderClass.BRACKET);
    }

    @Test
    void givenATakeProfitBelowTheEntry_whenTranslated_thenItIsRefusedBeforeTheBroker() {
        assertThatThrownBy(() -> EntryOrders.bracket("AAPL", intent(com.tradesuite.schemas.event.OrderType.LIMIT,
                new BigDecimal("100.00"), new BigDecimal("99.50"), new BigDecimal("98.00"))))
                .isInstanceOf(InvalidOrderRequestException.class)
                .hasMessageContaining("take_profit.limit_price");
    }

    private static OrderIntentRecorded intent(com.tradesuite.schemas.event.OrderType type, BigDecimal limit,
                                              BigDecimal target, BigDecimal stop) {
        return new OrderIntentRecorded("entry-abc", OrderPurpose.ENTRY, Side.BUY, type,
                com.tradesuite.schemas.event.OrderClass.BRACKET, new BigDecimal("25"), limit, null, target, stop,
                "day", "signal s");
    }
}
