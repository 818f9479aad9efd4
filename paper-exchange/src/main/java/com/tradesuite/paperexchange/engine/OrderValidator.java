package com.tradesuite.paperexchange.engine;

import com.tradesuite.paperexchange.core.Prices;
import com.tradesuite.paperexchange.order.ExchangeRejection;
import com.tradesuite.paperexchange.order.OrderClass;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderType;
import com.tradesuite.paperexchange.order.TimeInForce;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks an order request the way Alpaca does before it reaches the book; every failure is a 422 body. */
final class OrderValidator {

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final int MAX_CLIENT_ORDER_ID = 128;

    private final OrderBook book;

    OrderValidator(OrderBook book) {
        this.book = book;
    }

    ValidatedOrder validate(OrderRequest request, boolean symbolKnown, BigDecimal lastPrice) {
        if (request.symbol() == null || request.symbol().isBlank()) {
            throw ExchangeRejection.unprocessable("symbol is required");
        }
        if (!symbolKnown) {
            throw ExchangeRejection.unprocessable("asset \"" + request.symbol() + "\" not found");
        }
        OrderSide side = parse(OrderSide.fromWire(request.side()), "side", request.side());
        OrderType type = parse(OrderType.fromWire(request.type()), "type", request.type());
        TimeInForce tif = parse(TimeInForce.fromWire(request.timeInForce()), "time_in_force", request.timeInForce());
        OrderClass orderClass = request.orderClass() == null || request.orderClass().isBlank()
                ? OrderClass.SIMPLE
                : parse(OrderClass.fromWire(request.orderClass()), "order_class", request.orderClass());
        checkClientOrderId(request.clientOrderId());
        checkSubPenny(request);
        BigDecimal qty = resolveQty(request, type, tif, lastPrice);
        checkTypeFields(request, type, tif, orderClass);
        BigDecimal limit = request.limitPrice();
        if (orderClass == OrderClass.OCO) {
            limit = checkOco(request, type, side);
        } else if (orderClass == OrderClass.BRACKET || orderClass == OrderClass.OTO) {
            checkEntryWithLegs(request, orderClass, side, type, tif, lastPrice);
        }
        return new ValidatedOrder(request.symbol(), qty, side, type, tif, orderClass, limit, request.stopPrice(),
                request.trailPrice(), request.trailPercent(), request.extendedHours(), request.clientOrderId(),
                orderClass == OrderClass.SIMPLE ? null : request.takeProfitLimitPrice(),
                orderClass == OrderClass.SIMPLE ? null : request.stopLossStopPrice(),
                orderClass == OrderClass.SIMPLE ? null : request.stopLossLimitPrice());
    }

    void checkClientOrderId(String clientOrderId) {
        if (clientOrderId == null) {
            return;
        }
        if (clientOrderId.length() > MAX_CLIENT_ORDER_ID) {
            throw ExchangeRejection.unprocessable("client_order_id must be at most 128 characters");
        }
        if (book.clientOrderIdUsed(clientOrderId)) {
            throw ExchangeRejection.withCode(422, ExchangeRejection.DUPLICATE_CLIENT_ORDER_ID,
                    "client_order_id must be unique");
        }
    }

    static void checkSubPenny(String field, BigDecimal price) {
        if (price != null && Prices.isSubPenny(price)) {
            throw ExchangeRejection.unprocessable("invalid " + field + " " + price.toPlainString()
                    + ". sub-penny increment does not fulfill minimum pricing criteria");
        }
    }

    private static void checkSubPenny(OrderRequest request) {
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("limit_price", request.limitPrice());
        prices.put("stop_price", request.stopPrice());
        prices.put("trail_price", request.trailPrice());
        prices.put("take_profit.limit_price", request.takeProfitLimitPrice());
        prices.put("stop_loss.stop_price", request.stopLossStopPrice());
        prices.put("stop_loss.limit_price", request.stopLossLimitPrice());
        prices.forEach(OrderValidator::checkSubPenny);
    }

    private static BigDecimal resolveQty(OrderRequest request, OrderType type, TimeInForce tif, BigDecimal lastPrice) {
        if (request.qty() != null && request.notional() != null) {
            throw ExchangeRejection.unprocessable("only one of qty or notional can be specified");
        }
        if (request.notional() != null) {
            if (type != OrderType.MARKET || tif != TimeInForce.DAY) {
                throw ExchangeRejection.unprocessable("notional orders must be market orders with time_in_force day");
            }
            if (request.notional().signum() <= 0) {
                throw ExchangeRejection.unprocessable("notional must be > 0");
            }
            return request.notional().divide(lastPrice, 9, RoundingMode.DOWN).stripTrailingZeros();
        }
        if (request.qty() == null) {
            throw ExchangeRejection.unprocessable("qty or notional is required");
        }
        if (request.qty().signum() <= 0) {
            throw ExchangeRejection.unprocessable("qty must be > 0");
        }
        boolean fractional = request.qty().stripTrailingZeros().scale() > 0;
        if (fractional && (type != OrderType.MARKET || tif != TimeInForce.DAY)) {
            throw ExchangeRejection.unprocessable("fractional orders must be market orders with time_in_force day");
        }
        return request.qty();
    }

    private static void checkTypeFields(OrderRequest request, OrderType type, TimeInForce tif, OrderClass orderClass) {
        boolean needsLimit = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT;
        boolean needsStop = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
        if (needsLimit && request.limitPrice() == null && orderClass != OrderClass.OCO) {
            throw ExchangeRejection.unprocessable("limit_price is required for " + type.wire() + " orders");
        }
        if (needsStop && request.stopPrice() == null) {
            throw ExchangeRejection.unprocessable("stop_price is required for " + type.wire() + " orders");
        }
        if (type == OrderType.TRAILING_STOP) {
            if ((request.trailPrice() == null) == (request.trailPercent() == null)) {
                throw ExchangeRejection.unprocessable("exactly one of trail_price or trail_percent is required");
            }
            if (tif != TimeInForce.DAY && tif != TimeInForce.GTC) {
                throw ExchangeRejection.unprocessable("trailing stop orders must be day or gtc");
            }
            if (orderClass != OrderClass.SIMPLE) {
                throw ExchangeRejection.unprocessable("trailing stop orders must be simple orders");
            }
            BigDecimal trail = request.trailPrice() != null ? request.trailPrice() : request.trailPercent();
            if (trail.signum() <= 0) {
                throw ExchangeRejection.unprocessable("trail must be > 0");
            }
        }
        for (BigDecimal price : new BigDecimal[] {request.limitPrice(), request.stopPrice()}) {
            if (price != null && price.signum() <= 0) {
                throw ExchangeRejection.unprocessable("prices must be > 0");
            }
        }
    }

    private static BigDecimal checkOco(OrderRequest request, OrderType type, OrderSide side) {
        if (type != OrderType.LIMIT) {
            throw ExchangeRejection.unprocessable("oco orders must be limit orders");
        }
        if (side != OrderSide.SELL) {
            throw ExchangeRejection.unprocessable("paper-exchange supports oco exits of long positions only (side sell)");
        }
        if (request.takeProfitLimitPrice() == null || request.stopLossStopPrice() == null) {
            throw ExchangeRejection.unprocessable("oco orders require take_profit and stop_loss");
        }
        BigDecimal limit = request.takeProfitLimitPrice();
        if (request.stopLossStopPrice().compareTo(limit.subtract(CENT)) > 0) {
            throw ExchangeRejection.unprocessable("stop_loss.stop_price must be <= take_profit.limit_price - 0.01");
        }
        return limit;
    }

    private static void checkEntryWithLegs(OrderRequest request, OrderClass orderClass, OrderSide side,
                                           OrderType type, TimeInForce tif, BigDecimal lastPrice) {
        boolean hasTakeProfit = request.takeProfitLimitPrice() != null;
        boolean hasStopLoss = request.stopLossStopPrice() != null;
        if (orderClass == OrderClass.BRACKET && !(hasTakeProfit && hasStopLoss)) {
            throw ExchangeRejection.unprocessable("bracket orders require take_profit and stop_loss");
        }
        if (orderClass == OrderClass.OTO && hasTakeProfit == hasStopLoss) {
            throw ExchangeRejection.unprocessable("oto orders require exactly one of take_profit or stop_loss");
        }
        if (tif != TimeInForce.DAY && tif != TimeInForce.GTC) {
            throw ExchangeRejection.unprocessable("bracket orders must be day or gtc");
        }
        if (request.extendedHours()) {
            throw ExchangeRejection.unprocessable("extended hours are not supported for " + orderClass.wire() + " orders");
        }
        if (side != OrderSide.BUY) {
            throw ExchangeRejection.unprocessable("paper-exchange supports long entries only (side buy) for "
                    + orderClass.wire() + " orders");
        }
        if (type == OrderType.TRAILING_STOP) {
            throw ExchangeRejection.unprocessable("trailing stop entries cannot have legs");
        }
        BigDecimal base = type == OrderType.LIMIT || type == OrderType.STOP_LIMIT ? request.limitPrice() : lastPrice;
        if (hasTakeProfit && hasStopLoss
                && request.takeProfitLimitPrice().compareTo(request.stopLossStopPrice()) <= 0) {
            throw ExchangeRejection.unprocessable("take_profit.limit_price must be > stop_loss.stop_price");
        }
        if (hasStopLoss && request.stopLossStopPrice().compareTo(base.subtract(CENT)) > 0) {
            throw ExchangeRejection.unprocessable("stop_loss.stop_price must be <= base_price - 0.01 (base_price "
                    + base.toPlainString() + ")");
        }
        if (hasTakeProfit && request.takeProfitLimitPrice().compareTo(base.add(CENT)) < 0) {
            throw ExchangeRejection.unprocessable("take_profit.limit_price must be >= base_price + 0.01 (base_price "
                    + base.toPlainString() + ")");
        }
    }

    private static <T> T parse(T parsed, String field, String raw) {
        if (parsed == null) {
            throw ExchangeRejection.unprocessable("invalid " + field + ": " + raw);
        }
        return parsed;
    }
}
