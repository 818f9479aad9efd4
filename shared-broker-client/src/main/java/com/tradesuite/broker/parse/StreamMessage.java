package com.tradesuite.broker.parse;

import com.tradesuite.broker.model.TradeUpdate;
import java.util.List;

/** One decoded trade_updates websocket message. */
public sealed interface StreamMessage {

    /** Answer to authenticate: {@code authorized} or not. */
    record Authorization(boolean authorized, String status) implements StreamMessage {
    }

    /** Answer to listen: the streams now delivered (empty on refusal, with the broker's error). */
    record Listening(List<String> streams, String error) implements StreamMessage {
    }

    /** A trade update. */
    record Update(TradeUpdate update) implements StreamMessage {
    }

    /** Anything else (kept so new message kinds never break the stream). */
    record Other(String stream, String raw) implements StreamMessage {
    }
}
