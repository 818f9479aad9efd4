package com.tradesuite.localstack.pacing;

/** A real-time pause that turns an interrupt into an exception naming what was interrupted. */
final class Pause {

    private Pause() {
    }

    static void nanos(long nanos, String what) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what, e);
        }
    }
}
