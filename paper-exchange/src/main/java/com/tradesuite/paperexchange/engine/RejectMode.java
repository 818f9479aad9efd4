package com.tradesuite.paperexchange.engine;

/** How an injected order rejection shows: as an HTTP 422 at submission, or as an accepted order then rejected. */
public enum RejectMode {
    HTTP, ASYNC
}
