package com.tradesuite.broker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.model.TradeUpdateEvent;
import com.tradesuite.broker.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamMessageParserTest {

    private final StreamMessageParser parser = new StreamMessageParser(BrokerJson.newMapper());

    @Test
    void given_the_authorization_answer_then_authorized() {
        assertThat(parser.parseFrame(Fixtures.read("stream-authorized.json")))
                .containsExactly(new StreamMessage.Authorization(true, "authorized"));
        assertThat(parser.parseFrame("{\"stream\":\"authorization\",\"data\":{\"status\":\"unauthorized\"}}"))
                .containsExactly(new StreamMessage.Authorization(false, "unauthorized"));
    }

    @Test
    void given_the_listening_answer_then_its_streams() {
        assertThat(parser.parseFrame(Fixtures.read("stream-listening.json")))
                .containsExactly(new StreamMessage.Listening(List.of("trade_updates"), null));
    }

    @Test
    void given_a_fill_then_the_update_with_its_execution_id_and_order() {
        List<StreamMessage> messages = parser.parseFrame(Fixtures.read("stream-fill.json"));

        assertThat(messages).hasSize(1).first().isInstanceOf(StreamMessage.Update.class);
        TradeUpdate update = ((StreamMessage.Update) messages.get(0)).update();
        assertThat(update.event()).isEqualTo(TradeUpdateEvent.FILL);
        assertThat(update.executionId()).isEqualTo("7922ab44-a5c2-4e0c-9a8e-3fd0b7d4b5c2");
        assertThat(update.price()).isEqualByComparingTo("875.12");
        assertThat(update.qty()).isEqualByComparingTo("59");
        assertThat(update.positionQty()).isEqualByComparingTo("59");
        assertThat(update.synthetic()).isFalse();
        assertThat(update.order().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(update.order().filledQty()).isEqualByComparingTo("59");
    }

    @Test
    void given_an_array_frame_then_every_message() {
        String frame = "[" + Fixtures.read("stream-authorized.json") + "," + Fixtures.read("stream-fill.json") + "]";

        assertThat(parser.parseFrame(frame)).hasSize(2);
    }

    @Test
    void given_an_unknown_event_then_unknown_rather_than_a_failure() {
        List<StreamMessage> messages = parser.parseFrame(
                "{\"stream\":\"trade_updates\",\"data\":{\"event\":\"brand_new_event\",\"order\":{\"id\":\"1\"}}}");

        assertThat(((StreamMessage.Update) messages.get(0)).update().event()).isEqualTo(TradeUpdateEvent.UNKNOWN);
    }
}
