package com.tradesuite.service.memory;

import java.io.Serializable;

/**
 * A remembered value with the symbol it belongs to, so a memory keyed by something else (an event or order id) can
 * still be sliced by partition for a snapshot.
 */
public record Tagged<V>(String symbol, V value) implements Serializable {
}
