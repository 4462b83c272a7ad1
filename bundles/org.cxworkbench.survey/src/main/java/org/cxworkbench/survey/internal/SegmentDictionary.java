package org.cxworkbench.survey.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the distinct values of one segment column. Looks values up by their characters, so a value
 * already seen costs no allocation; only a new value becomes a String.
 */
final class SegmentDictionary {

    private int[] slots = new int[64];
    private final List<String> values = new ArrayList<>();

    SegmentDictionary() {
        java.util.Arrays.fill(slots, -1);
    }

    /** The number of the value without surrounding blanks, or -1 if it is blank. */
    int idOf(CharSequence raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && raw.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && raw.charAt(to - 1) <= ' ') {
            to--;
        }
        if (from == to) {
            return -1;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + raw.charAt(i);
        }
        int mask = slots.length - 1;
        int i = (h ^ (h >>> 16)) & mask;
        while (true) {
            int id = slots[i];
            if (id < 0) {
                String value = raw.subSequence(from, to).toString();
                values.add(value);
                slots[i] = values.size() - 1;
                if (values.size() * 2 > slots.length) {
                    rehash();
                }
                return values.size() - 1;
            }
            if (equal(values.get(id), raw, from, to)) {
                return id;
            }
            i = (i + 1) & mask;
        }
    }

    private static boolean equal(String value, CharSequence raw, int from, int to) {
        if (value.length() != to - from) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != raw.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        java.util.Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int id = 0; id < values.size(); id++) {
            String v = values.get(id);
            int h = 0;
            for (int k = 0; k < v.length(); k++) {
                h = 31 * h + v.charAt(k);
            }
            int i = (h ^ (h >>> 16)) & mask;
            while (slots[i] >= 0) {
                i = (i + 1) & mask;
            }
            slots[i] = id;
        }
    }

    String value(int id) {
        return values.get(id);
    }
}
