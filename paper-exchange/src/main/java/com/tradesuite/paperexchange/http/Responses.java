package com.tradesuite.paperexchange.http;

import com.tradesuite.paperexchange.core.MarketCalendar;
import com.tradesuite.paperexchange.order.ExchangeRejection;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Small helpers shared by the route classes: JSON replies, Alpaca errors, query parameters. */
final class Responses {

    private Responses() {
    }

    static void json(RoutingContext ctx, int status, Object body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json; charset=UTF-8")
                .end(AlpacaJson.write(body));
    }

    static void error(RoutingContext ctx, int status, int code, String message) {
        json(ctx, status, AlpacaJson.error(code, message));
    }

    /** Runs {@code handler}, turning an {@link ExchangeRejection} into its HTTP status and Alpaca body. */
    static Handler<RoutingContext> guarded(Handler<RoutingContext> handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ExchangeRejection rejection) {
                json(ctx, rejection.httpStatus(), rejection.body());
            } catch (BadRequest bad) {
                error(ctx, 422, ExchangeRejection.UNPROCESSABLE, bad.getMessage());
            }
        };
    }

    static String param(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static BigDecimal decimalParam(RoutingContext ctx, String name) {
        String value = param(ctx, name);
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new BadRequest("invalid " + name + ": " + value);
        }
    }

    static int intParam(RoutingContext ctx, String name, int defaultValue) {
        String value = param(ctx, name);
        try {
            return value == null ? defaultValue : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest("invalid " + name + ": " + value);
        }
    }

    /** RFC-3339 timestamp or a plain date (midnight New York), as Alpaca accepts both. */
    static Instant timeParam(RoutingContext ctx, String name) {
        String value = param(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(MarketCalendar.NEW_YORK)
                        .toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest("invalid " + name + ": " + value);
        }
    }

    /** A malformed request parameter or body; answered with 422. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
