package com.tradesuite.broker.parse;

import com.tradesuite.broker.model.Bar;
import java.util.List;
import java.util.Map;

/** One page of GET /v2/stocks/bars: bars per symbol plus the token of the next page (null on the last). */
public record BarsPage(Map<String, List<Bar>> bars, String nextPageToken) {
}
