package com.tradesuite.schemas.event;

/** Entry and exit signals on {@code signals}, each with a deterministic signalId. */
public sealed interface SignalEvent extends Event permits EntrySignalled, ExitSignalled {
}
