package com.tradesuite.schemas.event;

/** Which exit layer closed (part of) a position, one record per position-reducing fill. */
public sealed interface ExitSourceEvent extends Event permits ExitAttributed {
}
