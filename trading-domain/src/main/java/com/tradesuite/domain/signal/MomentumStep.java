package com.tradesuite.domain.signal;

import java.util.Optional;

import com.tradesuite.schemas.event.EntrySignalled;

/** The symbol's state after one bar, and the entry signal that bar produced, if any. */
public record MomentumStep(MomentumState state, Optional<EntrySignalled> signal) {
}
