package com.tradesuite.ops.replay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tradesuite.broker.model.Position;
import com.tradesuite.domain.position.PositionBook;

/** The log's positions (the domain PositionBook) against the broker's: every symbol whose quantity differs. */
public final class PositionComparison {

    private PositionComparison() {
    }

    public static List<PositionDifference> compare(PositionBook log, List<Position> broker) {
        Map<String, BigDecimal> brokerQty = new TreeMap<>();
        for (Position position : broker) {
            if (position.symbol() != null && position.qty() != null) {
                brokerQty.merge(position.symbol(), position.qty(), BigDecimal::add);
            }
        }
        TreeSet<String> symbols = new TreeSet<>(brokerQty.keySet());
        log.openPositions().forEach(position -> symbols.add(position.symbol()));
        List<PositionDifference> differences = new ArrayList<>();
        for (String symbol : symbols) {
            BigDecimal inLog = log.position(symbol).qty();
            BigDecimal atBroker = brokerQty.getOrDefault(symbol, BigDecimal.ZERO);
            if (inLog.compareTo(atBroker) != 0) {
                differences.add(new PositionDifference(symbol, inLog, atBroker));
            }
        }
        return differences;
    }
}
