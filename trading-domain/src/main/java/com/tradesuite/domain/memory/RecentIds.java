package com.tradesuite.domain.memory;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The most recent ids seen, at most {@code capacity} of them: remembering one more forgets the oldest, so memory of
 * the finished stays bounded however long the log. Immutable: {@link #plus} returns a new set.
 */
public final class RecentIds implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final BoundedList<String> ids;
    /** The ids' hash codes, in the same order: a look-up compares ints before it compares strings. */
    private final int[] hashes;

    private RecentIds(BoundedList<String> ids, int[] hashes) {
        this.ids = ids;
        this.hashes = hashes;
    }

    public static RecentIds empty(int capacity) {
        return new RecentIds(BoundedList.empty(capacity), new int[0]);
    }

    public boolean contains(String id) {
        int hash = id.hashCode();
        for (int i = hashes.length - 1; i >= 0; i--) {
            if (hashes[i] == hash && ids.get(i).equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** This set with {@code id} remembered as the newest; the oldest goes when the set is full. */
    public RecentIds plus(String id) {
        if (contains(id)) {
            return this;
        }
        int[] next;
        if (ids.isFull()) {
            next = new int[hashes.length];
            System.arraycopy(hashes, 1, next, 0, hashes.length - 1);
        } else {
            next = Arrays.copyOf(hashes, hashes.length + 1);
        }
        next[next.length - 1] = id.hashCode();
        return new RecentIds(ids.plus(id), next);
    }

    public int size() {
        return ids.size();
    }

    public int capacity() {
        return ids.capacity();
    }

    /** Oldest first. */
    public List<String> asList() {
        return ids;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecentIds that && capacity() == that.capacity() && ids.equals(that.ids);
    }

    @Override
    public int hashCode() {
        return Objects.hash(capacity(), ids);
    }

    @Override
    public String toString() {
        return "RecentIds" + ids;
    }
}
