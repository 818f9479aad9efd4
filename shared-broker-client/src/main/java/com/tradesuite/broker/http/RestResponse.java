package com.tradesuite.broker.http;

/** A successful (2xx) broker answer: status, body and how many tries it took. */
public record RestResponse(int status, String body, int attempts) {
}
