package com.tradesuite.domain.memory;

import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * An immutable list of at most {@code capacity} elements, oldest first: adding to a full list drops the oldest.
 * Array-backed and copied on write, which for the few dozen elements a symbol keeps is cheaper than any tree.
 */
public final class BoundedList<T> extends AbstractList<T> implements RandomAccess, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int capacity;
    private final Object[] elements;

    private BoundedList(int capacity, Object[] elements) {
        this.capacity = capacity;
        this.elements = elements;
    }

    public static <T> BoundedList<T> empty(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        return new BoundedList<>(capacity, new Object[0]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    public int capacity() {
        return capacity;
    }

    /** The oldest element, or null when empty. */
    public T oldest() {
        return elements.length == 0 ? null : get(0);
    }

    /** True when adding one more element drops the oldest. */
    public boolean isFull() {
        return elements.length == capacity;
    }

    /** This list with {@code element} as the newest; the oldest is dropped when the list is full. */
    public BoundedList<T> plus(T element) {
        Object[] next;
        if (elements.length < capacity) {
            next = Arrays.copyOf(elements, elements.length + 1);
        } else {
            next = new Object[capacity];
            System.arraycopy(elements, 1, next, 0, capacity - 1);
        }
        next[next.length - 1] = element;
        return new BoundedList<>(capacity, next);
    }

    /** This list with the element at {@code index} replaced. */
    public BoundedList<T> with(int index, T element) {
        Object[] next = elements.clone();
        next[index] = element;
        return new BoundedList<>(capacity, next);
    }
}
