package com.tradesuite.schemas.event;

/** Executions on {@code fills}, one per broker executionId. */
public sealed interface FillEvent extends Event permits OrderFilled {
}
