package org.cxworkbench.survey.internal;

import java.util.Arrays;

/**
 * A set of 64-bit response id hashes in one open-addressing {@code long[]} (linear probing, at most 70 %
 * full): 10 million ids take about 190 MB at worst, against several GB as Strings. Also computes the hash
 * of an id straight from its characters.
 */
final class ResponseIdSet {

    private long[] table;
    private int size;
    private boolean containsZero;
    private int threshold;

    ResponseIdSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / 0.7)) - 1) << 1;
        table = new long[capacity];
        threshold = (int) (capacity * 0.7);
    }

    /**
     * The 64-bit hash of a response id: FNV-1a over the UTF-16 code units of the id without surrounding
     * blanks, finished with MurmurHash3's fmix64 to spread the bits.
     */
    static long hash(CharSequence id) {
        int n = id.length();
        int i = 0;
        while (i < n && id.charAt(i) <= ' ') {
            i++;
        }
        while (n > i && id.charAt(n - 1) <= ' ') {
            n--;
        }
        long h = 0xcbf29ce484222325L;
        for (; i < n; i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    boolean contains(long key) {
        if (key == 0) {
            return containsZero;
        }
        int mask = table.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long k = table[i];
            if (k == 0) {
                return false;
            }
            if (k == key) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds the key; returns false if it was already present. */
    boolean add(long key) {
        if (key == 0) {
            boolean added = !containsZero;
            containsZero = true;
            size += added ? 1 : 0;
            return added;
        }
        int mask = table.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long k = table[i];
            if (k == 0) {
                table[i] = key;
                if (++size > threshold) {
                    rehash();
                }
                return true;
            }
            if (k == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        threshold = (int) (table.length * 0.7);
        int mask = table.length - 1;
        for (long key : old) {
            if (key != 0) {
                int i = (int) (key ^ (key >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = key;
            }
        }
    }

    int size() {
        return size;
    }

    /** The keys in ascending unsigned order, as a new array. */
    long[] toSortedArray() {
        long[] keys = new long[size];
        int n = 0;
        if (containsZero) {
            keys[n++] = 0;
        }
        for (long key : table) {
            if (key != 0) {
                keys[n++] = key;
            }
        }
        sortUnsigned(keys, n);
        return keys;
    }

    /**
     * Sorts the keys in the set's own table, without a second array (10 million ids would need another 80
     * MB): the first {@link #size()} slots of the returned array hold the keys in ascending unsigned order.
     * The set is unusable afterwards.
     */
    long[] drainSorted() {
        long[] keys = table;
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                keys[n++] = keys[i];
            }
        }
        if (containsZero) {
            if (n == keys.length) {
                keys = java.util.Arrays.copyOf(keys, n + 1);
            }
            keys[n++] = 0;
        }
        sortUnsigned(keys, n);
        table = new long[16];
        threshold = 0;
        return keys;
    }

    private static void sortUnsigned(long[] keys, int n) {
        // flip the sign bit, sort signed, flip back
        for (int i = 0; i < n; i++) {
            keys[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(keys, 0, n);
        for (int i = 0; i < n; i++) {
            keys[i] ^= Long.MIN_VALUE;
        }
    }
}
