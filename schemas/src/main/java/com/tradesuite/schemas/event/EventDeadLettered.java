package com.tradesuite.schemas.event;

/**
 * An input record failed validation; it is kept whole (Base64) with the reason so nothing is lost.
 *
 * @param errorKind a stable machine-readable reason class, see {@code DecodeError.Kind}
 */
public record EventDeadLettered(String originalTopic, int originalPartition, long originalOffset, String originalKey,
                                String originalValueBase64, String errorKind, String reason) implements DeadLetterEvent {
    public EventDeadLettered {
        Require.text(originalTopic, "originalTopic");
        Require.present(originalValueBase64, "originalValueBase64");
        Require.text(errorKind, "errorKind");
        Require.text(reason, "reason");
    }
}
