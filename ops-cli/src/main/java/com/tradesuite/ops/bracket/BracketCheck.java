package com.tradesuite.ops.bracket;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The pure part of {@code check-bracket}: given the broker's answer for a bracket entry (nested legs, as JSON, so a
 * field the broker left out is told apart from its default), what is wrong with it and how it prints as a tree.
 */
public final class BracketCheck {

    private static final String MISSING = "(missing)";
    private static final Set<String> STOP_TYPES = Set.of("stop", "stop_limit");

    private BracketCheck() {
    }

    /** Every way {@code order} differs from a bracket of {@code sent}; empty when it is one. */
    public static List<String> problems(JsonNode order, SentBracket sent) {
        List<String> problems = new ArrayList<>();
        JsonNode orderClass = order.get("order_class");
        if (orderClass == null || orderClass.isNull()) {
            problems.add("parent order_class is missing from the broker's answer (expected bracket)");
        } else if (!orderClass.asText().equals("bracket")) {
            problems.add("parent order_class is '" + orderClass.asText() + "' (expected bracket)");
        }
        expectText(problems, "parent", order, "symbol", sent.symbol());
        expectText(problems, "parent", order, "type", "limit");
        expectText(problems, "parent", order, "side", "buy");
        expectNumber(problems, "parent", order, "qty", sent.qty());
        expectNumber(problems, "parent", order, "limit_price", sent.entryLimit());

        JsonNode legs = order.path("legs");
        if (!legs.isArray() || legs.isEmpty()) {
            problems.add("parent has no legs (expected 2: a take-profit limit and a stop)");
            return problems;
        }
        if (legs.size() != 2) {
            problems.add("parent has " + legs.size() + (legs.size() == 1 ? " leg" : " legs")
                    + " (expected exactly 2: a take-profit limit and a stop)");
            return problems;
        }
        List<JsonNode> takeProfits = new ArrayList<>();
        List<JsonNode> stops = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode leg : legs) {
            String type = text(leg, "type");
            types.add(type == null ? MISSING : type);
            if ("limit".equals(type)) {
                takeProfits.add(leg);
            } else if (STOP_TYPES.contains(type)) {
                stops.add(leg);
            }
        }
        if (takeProfits.size() != 1 || stops.size() != 1) {
            problems.add("legs are of types " + types + " (expected one limit and one stop or stop_limit)");
            return problems;
        }
        BigDecimal parentQty = decimal(order, "qty");
        JsonNode takeProfit = takeProfits.get(0);
        JsonNode stop = stops.get(0);
        leg(problems, "take-profit leg", takeProfit, parentQty);
        expectNumber(problems, "take-profit leg", takeProfit, "limit_price", sent.takeProfit());
        leg(problems, "stop leg", stop, parentQty);
        expectNumber(problems, "stop leg", stop, "stop_price", sent.stopPrice());
        return problems;
    }

    /** The one verdict line: PASS with what was seen, or FAIL with every problem. */
    public static String verdict(SentBracket sent, List<String> problems) {
        if (problems.isEmpty()) {
            return "PASS check-bracket " + sent.symbol() + ": order_class bracket with a take-profit limit leg at "
                    + sent.takeProfit().toPlainString() + " and a stop leg at " + sent.stopPrice().toPlainString()
                    + ", both sell " + sent.qty().toPlainString() + ", prices as sent";
        }
        return "FAIL check-bracket " + sent.symbol() + ": " + String.join("; ", problems);
    }

    /** The parent, then its legs, one line each with id, class, type, side, qty, prices and status. */
    public static String tree(JsonNode order) {
        StringBuilder text = new StringBuilder(line("bracket", order)).append('\n');
        JsonNode legs = order.path("legs");
        for (int i = 0; legs.isArray() && i < legs.size(); i++) {
            JsonNode leg = legs.get(i);
            text.append(i == legs.size() - 1 ? "  `- " : "  |- ").append(line(role(leg), leg)).append('\n');
        }
        return text.toString();
    }

    private static String role(JsonNode leg) {
        String type = text(leg, "type");
        if ("limit".equals(type)) {
            return "take-profit";
        }
        return STOP_TYPES.contains(type) ? "stop-loss" : "leg";
    }

    private static String line(String role, JsonNode order) {
        StringBuilder text = new StringBuilder(String.format("%-11s %s  class=%s type=%s side=%s qty=%s", role,
                shown(order, "id"), shown(order, "order_class"), shown(order, "type"), shown(order, "side"),
                shown(order, "qty")));
        if (text(order, "limit_price") != null) {
            text.append(" limit=").append(text(order, "limit_price"));
        }
        if (text(order, "stop_price") != null) {
            text.append(" stop=").append(text(order, "stop_price"));
        }
        return text.append(" status=").append(shown(order, "status")).toString();
    }

    private static void leg(List<String> problems, String what, JsonNode leg, BigDecimal parentQty) {
        expectText(problems, what, leg, "side", "sell");
        BigDecimal qty = decimal(leg, "qty");
        if (qty == null || parentQty == null || qty.compareTo(parentQty) != 0) {
            problems.add(what + " qty is " + shown(leg, "qty") + " (expected the parent's "
                    + (parentQty == null ? MISSING : parentQty.toPlainString()) + ")");
        }
    }

    private static void expectText(List<String> problems, String what, JsonNode order, String field,
                                   String expected) {
        String actual = text(order, field);
        if (!expected.equals(actual)) {
            problems.add(what + " " + field + " is " + (actual == null ? MISSING : "'" + actual + "'") + " (expected "
                    + expected + ")");
        }
    }

    private static void expectNumber(List<String> problems, String what, JsonNode order, String field,
                                     BigDecimal expected) {
        BigDecimal actual = decimal(order, field);
        // Numerically equal: the broker may write 98 for a sent 98.00.
        if (actual == null || actual.compareTo(expected) != 0) {
            problems.add(what + " " + field + " is " + shown(order, field) + " (sent " + expected.toPlainString()
                    + ")");
        }
    }

    private static BigDecimal decimal(JsonNode order, String field) {
        String text = text(order, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The field as text; null when absent, JSON null or blank (Alpaca's "" order_class says nothing either). */
    private static String text(JsonNode order, String field) {
        JsonNode value = order.get(field);
        if (value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
            return null;
        }
        return value.asText();
    }

    private static String shown(JsonNode order, String field) {
        String text = text(order, field);
        return text == null ? MISSING : text;
    }
}
