package com.tradesuite.service.memory;

/** A thread-safe set of the {@code capacity} most recently added elements (see {@link RecentMap}). */
public final class RecentSet<E> {

    private final RecentMap<E, Boolean> elements;

    public RecentSet(int capacity) {
        this.elements = new RecentMap<>(capacity);
    }

    public void add(E element) {
        elements.put(element, Boolean.TRUE);
    }

    public boolean contains(E element) {
        return elements.containsKey(element);
    }

    public boolean remove(E element) {
        return elements.remove(element) != null;
    }

    public int size() {
        return elements.size();
    }

    public void clear() {
        elements.clear();
    }
}
