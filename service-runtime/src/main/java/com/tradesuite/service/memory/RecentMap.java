package com.tradesuite.service.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A thread-safe map that keeps only its {@code capacity} most recently added keys: what a service remembers of
 * finished orders and executions stays bounded however long it runs. The log still holds everything.
 */
public final class RecentMap<K, V> {

    private final int capacity;
    private final LinkedHashMap<K, V> entries;

    public RecentMap(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > RecentMap.this.capacity;
            }
        };
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized V getOrDefault(K key, V fallback) {
        return entries.getOrDefault(key, fallback);
    }

    public synchronized boolean containsKey(K key) {
        return entries.containsKey(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void putIfAbsent(K key, V value) {
        entries.putIfAbsent(key, value);
    }

    public synchronized void merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> combine) {
        entries.merge(key, value, combine);
    }

    public synchronized V remove(K key) {
        return entries.remove(key);
    }

    public synchronized int size() {
        return entries.size();
    }

    public int capacity() {
        return capacity;
    }

    public synchronized void clear() {
        entries.clear();
    }
}
