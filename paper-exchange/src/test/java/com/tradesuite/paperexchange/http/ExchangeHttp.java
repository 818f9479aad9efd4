package com.tradesuite.paperexchange.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A tiny HTTP client for the ITs: Alpaca auth headers on every call, JSON bodies. */
final class ExchangeHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    ExchangeHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, true);
    }

    HttpResponse<String> post(String path, String body) {
        return send("POST", path, body, true);
    }

    HttpResponse<String> patch(String path, String body) {
        return send("PATCH", path, body, true);
    }

    HttpResponse<String> delete(String path) {
        return send("DELETE", path, null, true);
    }

    HttpResponse<String> withoutKeys(String path) {
        return send("GET", path, null, false);
    }

    HttpResponse<String> send(String method, String path, String body, boolean authenticated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authenticated) {
            request.header("APCA-API-KEY-ID", "test-key").header("APCA-API-SECRET-KEY", "test-secret");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
