package io.tapedeck.swing.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A hash map keyed by object identity that holds its keys weakly. Apps may override
 * {@code equals}/{@code hashCode} on their components (and icons), so neither is trusted;
 * and a component the app dropped must not be kept alive by us. Values must not refer to
 * their keys strongly. Not thread-safe: confined to one thread (the EDT).
 */
final class WeakIdentityMap<K, V> {
    private static final class Entry<K, V> extends WeakReference<K> {
        final int hash;
        V value;
        Entry<K, V> next;

        Entry(K key, int hash, V value, Entry<K, V> next, ReferenceQueue<Object> queue) {
            super(key, queue);
            this.hash = hash;
            this.value = value;
            this.next = next;
        }
    }

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private Entry<K, V>[] table = newTable(256);
    private int size;

    @SuppressWarnings("unchecked")
    private static <K, V> Entry<K, V>[] newTable(int n) {
        return (Entry<K, V>[]) new Entry[n];
    }

    V get(K key) {
        int h = System.identityHashCode(key);
        for (Entry<K, V> e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && e.get() == key) return e.value;
        }
        return null;
    }

    void put(K key, V value) {
        expunge();
        int h = System.identityHashCode(key);
        int i = h & (table.length - 1);
        for (Entry<K, V> e = table[i]; e != null; e = e.next) {
            if (e.hash == h && e.get() == key) {
                e.value = value;
                return;
            }
        }
        table[i] = new Entry<>(key, h, value, table[i], queue);
        if (++size > table.length * 3 / 4) resize();
    }

    V remove(K key) {
        int h = System.identityHashCode(key);
        int i = h & (table.length - 1);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = table[i]; e != null; prev = e, e = e.next) {
            if (e.hash == h && e.get() == key) {
                unlink(i, prev, e);
                return e.value;
            }
        }
        return null;
    }

    int size() {
        expunge();
        return size;
    }

    /** Calls {@code action} for every entry whose key is still alive (on a copy: it may modify the map). */
    void forEachLive(BiConsumer<K, V> action) {
        List<Object[]> live = new ArrayList<>(size);
        for (Entry<K, V> head : table) {
            for (Entry<K, V> e = head; e != null; e = e.next) {
                K k = e.get();
                if (k != null) live.add(new Object[] {k, e.value});
            }
        }
        for (Object[] kv : live) {
            @SuppressWarnings("unchecked")
            K k = (K) kv[0];
            @SuppressWarnings("unchecked")
            V v = (V) kv[1];
            action.accept(k, v);
        }
    }

    void clear() {
        while (queue.poll() != null) {
            /* drain */
        }
        table = newTable(256);
        size = 0;
    }

    private void unlink(int i, Entry<K, V> prev, Entry<K, V> e) {
        if (prev == null) table[i] = e.next;
        else prev.next = e.next;
        e.value = null;
        size--;
    }

    private void expunge() {
        Object ref;
        while ((ref = queue.poll()) != null) {
            @SuppressWarnings("unchecked")
            Entry<K, V> dead = (Entry<K, V>) ref;
            int i = dead.hash & (table.length - 1);
            Entry<K, V> prev = null;
            for (Entry<K, V> e = table[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    unlink(i, prev, e);
                    break;
                }
            }
        }
    }

    private void resize() {
        Entry<K, V>[] old = table;
        Entry<K, V>[] grown = newTable(old.length * 2);
        for (Entry<K, V> head : old) {
            Entry<K, V> e = head;
            while (e != null) {
                Entry<K, V> next = e.next;
                int i = e.hash & (grown.length - 1);
                e.next = grown[i];
                grown[i] = e;
                e = next;
            }
        }
        table = grown;
    }
}
