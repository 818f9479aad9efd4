package com.tradesuite.schemas.event;

/** The position facts on {@code fills}: executions, one per broker executionId, and reconciliations with the broker. */
public sealed interface FillEvent extends Event permits OrderFilled, PositionAdopted, PositionReconciled {
}
