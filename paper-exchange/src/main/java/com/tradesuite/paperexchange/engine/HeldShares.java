package com.tradesuite.paperexchange.engine;

import java.math.BigDecimal;
import java.util.List;

/** Shares of a position reserved by open sell orders, and which orders reserve them. */
public record HeldShares(BigDecimal qty, List<String> orderIds) {
}
