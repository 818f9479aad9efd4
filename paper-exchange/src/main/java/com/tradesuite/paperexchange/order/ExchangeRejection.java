package com.tradesuite.paperexchange.order;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request the exchange refuses, carrying the HTTP status and the exact Alpaca error body. */
public final class ExchangeRejection extends RuntimeException {

    public static final int INSUFFICIENT = 40310000;
    public static final int UNPROCESSABLE = 42210000;
    public static final int DUPLICATE_CLIENT_ORDER_ID = 40010001;
    public static final int NOT_FOUND = 40410000;

    private final int httpStatus;
    private final Map<String, Object> body;

    public ExchangeRejection(int httpStatus, Map<String, Object> body) {
        super(String.valueOf(body.get("message")));
        this.httpStatus = httpStatus;
        this.body = new LinkedHashMap<>(body);
    }

    public static ExchangeRejection unprocessable(String message) {
        return withCode(422, UNPROCESSABLE, message);
    }

    public static ExchangeRejection notFound(String message) {
        return withCode(404, NOT_FOUND, message);
    }

    public static ExchangeRejection withCode(int httpStatus, int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        return new ExchangeRejection(httpStatus, body);
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The JSON body, in Alpaca's field order. */
    public Map<String, Object> body() {
        return body;
    }

    public int code() {
        Object code = body.get("code");
        return code instanceof Integer value ? value : 0;
    }
}
