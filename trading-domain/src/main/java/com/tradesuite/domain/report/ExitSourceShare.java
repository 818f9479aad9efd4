package com.tradesuite.domain.report;

import java.math.BigDecimal;

import com.tradesuite.schemas.event.ExitLayer;

/** How many exits one layer and reason produced, and their share of all exits in percent. */
public record ExitSourceShare(ExitLayer layer, String reason, int count, BigDecimal percent) {
}
