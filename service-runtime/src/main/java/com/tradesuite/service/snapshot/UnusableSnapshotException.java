package com.tradesuite.service.snapshot;

/** A snapshot that cannot be used: the partition falls back to a full replay, logged and counted with the reason. */
public final class UnusableSnapshotException extends Exception {

    private final String reason;

    /** @param reason a short metric label: corrupt, fold_version, partition_count, class_rejected, ... */
    public UnusableSnapshotException(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public UnusableSnapshotException(String reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
