package com.tradesuite.seller;

import java.math.BigDecimal;

/** Sends the PATCH that moves a live stop order to a new stop price under a new client order id. */
public interface StopReplacer {

    ReplaceOutcome replace(String brokerOrderId, String newClientOrderId, BigDecimal newStop);

    /** How the broker answered. */
    sealed interface ReplaceOutcome {

        /** The broker replaced the order; the account watcher will record the new one. */
        record Replaced(String newBrokerOrderId) implements ReplaceOutcome {
        }

        /** A final refusal (422 not replaceable / already filled, 404, duplicate id): never send it again. */
        record Refused(String reason) implements ReplaceOutcome {
        }

        /** No answer or a transient failure after the client's retries: the intent stays pending. */
        record Failed(String reason) implements ReplaceOutcome {
        }
    }
}
