package com.tradesuite.schemas.event;

/**
 * The life of an order on {@code orders}: the intent written before the broker call, then what the broker said.
 */
public sealed interface OrderEvent extends Event
        permits OrderIntentRecorded, OrderCancelRequested, OrderReplaceRequested, OrderAccepted, OrderRejected,
        OrderCanceled, OrderReplaced, OrderExpired, EntryDeclined {
}
