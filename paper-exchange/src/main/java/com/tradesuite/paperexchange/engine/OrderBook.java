package com.tradesuite.paperexchange.engine;

import com.tradesuite.paperexchange.order.LegRole;
import com.tradesuite.paperexchange.order.Order;
import com.tradesuite.paperexchange.order.OrderClass;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All orders ever accepted, by id and client order id, in submission order; answers what shares are held. */
public final class OrderBook {

    private final Map<String, Order> byId = new LinkedHashMap<>();
    private final Map<String, Order> byClientOrderId = new HashMap<>();

    public void add(Order order) {
        byId.put(order.id(), order);
        byClientOrderId.put(order.clientOrderId(), order);
    }

    public Optional<Order> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Order> byClientOrderId(String clientOrderId) {
        return Optional.ofNullable(byClientOrderId.get(clientOrderId));
    }

    public boolean clientOrderIdUsed(String clientOrderId) {
        return byClientOrderId.containsKey(clientOrderId);
    }

    public List<Order> all() {
        return new ArrayList<>(byId.values());
    }

    public List<Order> open() {
        return byId.values().stream().filter(order -> order.status().isOpen()).toList();
    }

    /** Orders the matcher must look at for {@code symbol}: open and not waiting for an entry to fill. */
    public List<Order> working(String symbol) {
        return byId.values().stream()
                .filter(order -> order.symbol().equals(symbol))
                .filter(order -> order.status().isOpen())
                .filter(order -> order.status() != OrderStatus.PENDING_NEW)
                .filter(order -> !waitsForEntry(order))
                .toList();
    }

    /** A bracket/OTO leg stays inert until its entry has completely filled. */
    public static boolean waitsForEntry(Order order) {
        Order parent = order.parent();
        return parent != null && parent.role() == LegRole.ENTRY && parent.status() != OrderStatus.FILLED;
    }

    /**
     * Shares of {@code symbol} reserved by open sell orders. A bracket's or OCO's exit legs reserve the
     * shares once for the group (the shares go to one order at a time).
     */
    public HeldShares held(String symbol) {
        Map<String, BigDecimal> heldByGroup = new LinkedHashMap<>();
        Map<String, String> representative = new LinkedHashMap<>();
        for (Order order : byId.values()) {
            if (!order.symbol().equals(symbol) || order.side() != OrderSide.SELL || !order.status().isOpen()
                    || order.status() == OrderStatus.PENDING_NEW || waitsForEntry(order)
                    || order.role() == LegRole.ENTRY) {
                continue;
            }
            String group = groupId(order);
            heldByGroup.merge(group, order.remainingQty(), BigDecimal::max);
            // Name the order that actually holds the shares: the active one, not the held stop.
            representative.putIfAbsent(group, order.id());
            if (order.status() != OrderStatus.HELD) {
                representative.put(group, order.id());
            }
        }
        BigDecimal total = heldByGroup.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new HeldShares(total, List.copyOf(representative.values()));
    }

    /** The orders that share one exit: a bracket's legs, an OCO's parent and leg, or the order alone. */
    public static List<Order> exitGroup(Order order) {
        Order parent = order.parent();
        if (parent != null && parent.role() == LegRole.ENTRY) {
            return parent.legs();
        }
        if (parent != null) {
            List<Order> group = new ArrayList<>();
            group.add(parent);
            group.addAll(parent.legs());
            return group;
        }
        if (order.orderClass() == OrderClass.OCO) {
            List<Order> group = new ArrayList<>();
            group.add(order);
            group.addAll(order.legs());
            return group;
        }
        return List.of(order);
    }

    private static String groupId(Order order) {
        Order parent = order.parent();
        return parent != null ? parent.id() : order.id();
    }

    /** GET /v2/orders semantics. */
    public List<OrderSnapshot> query(OrderQuery query) {
        // Insertion order is submission order, also between orders created at the same simulated instant.
        List<Order> sorted = new ArrayList<>(byId.values());
        if (!query.ascending()) {
            Collections.reverse(sorted);
        }
        List<OrderSnapshot> result = new ArrayList<>();
        for (Order order : sorted) {
            if (result.size() >= query.limit()) {
                break;
            }
            if (query.nested() && order.parent() != null) {
                continue;
            }
            // Rolled up, a parent is listed while it or any of its legs matches (a filled entry with live legs).
            boolean legMatches = query.nested() && order.legs().stream().anyMatch(leg -> matches(leg, query));
            if (matches(order, query) || legMatches) {
                result.add(order.snapshot(query.nested()));
            }
        }
        return result;
    }

    private static boolean matches(Order order, OrderQuery query) {
        boolean statusMatches = switch (query.status()) {
            case "closed" -> order.status().isTerminal();
            case "all" -> true;
            default -> order.status().isOpen();
        };
        return statusMatches
                && (query.symbols().isEmpty() || query.symbols().contains(order.symbol()))
                && (query.side() == null || query.side().equals(order.side().wire()))
                && (query.after() == null || order.createdAt().isAfter(query.after()))
                && (query.until() == null || order.createdAt().isBefore(query.until()));
    }
}
