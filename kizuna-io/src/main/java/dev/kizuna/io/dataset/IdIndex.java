package dev.kizuna.io.dataset;

import java.util.function.Consumer;

/**
 * Id to row number, open addressing with int values: a million parts in a {@code HashMap<K, Integer>}
 * would add two million objects (nodes and boxes) for the garbage collector to copy.
 */
final class IdIndex<K> {
    private static final int ABSENT = -1;
    private Object[] keys = new Object[16];
    private int[] hashes = new int[16];
    private int[] values = new int[16];
    private int size;

    /** The row of the id, or -1. */
    int get(K key) {
        int mask = keys.length - 1;
        int hash = spread(key.hashCode());
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            Object present = keys[slot];
            if (present == null) {
                return ABSENT;
            }
            if (present == key || hashes[slot] == hash && present.equals(key)) {
                return values[slot];
            }
        }
    }

    boolean contains(K key) {
        return get(key) != ABSENT;
    }

    /** Stores the row unless the id has one; returns the earlier row or -1. */
    int putIfAbsent(K key, int value) {
        int mask = keys.length - 1;
        int hash = spread(key.hashCode());
        int slot = hash & mask;
        while (keys[slot] != null) {
            if (keys[slot] == key || hashes[slot] == hash && keys[slot].equals(key)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return ABSENT;
    }

    @SuppressWarnings("unchecked")
    void forEachKey(Consumer<K> action) {
        for (Object key : keys) {
            if (key != null) {
                action.accept((K) key);
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        Object[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        keys = new Object[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
