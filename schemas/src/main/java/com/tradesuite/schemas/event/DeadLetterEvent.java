package com.tradesuite.schemas.event;

/** Input that failed validation, kept with the reason and the original bytes. */
public sealed interface DeadLetterEvent extends Event permits EventDeadLettered {
}
