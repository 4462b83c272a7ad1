package org.cxworkbench.survey.internal.csv;

import java.nio.charset.StandardCharsets;

/**
 * A reusable {@link CharSequence} over a field's UTF-8 bytes. ASCII fields (every score, date and most ids)
 * are read straight from the buffer without allocating; a field with other characters is decoded once.
 */
final class ByteFieldView implements CharSequence {

    private byte[] bytes;
    private int start;
    private int length;
    private String decoded;

    ByteFieldView set(byte[] buffer, int from, int to) {
        bytes = buffer;
        start = from;
        length = to - from;
        decoded = null;
        for (int i = from; i < to; i++) {
            if (buffer[i] < 0) {
                decoded = new String(buffer, from, to - from, StandardCharsets.UTF_8);
                break;
            }
        }
        return this;
    }

    @Override
    public int length() {
        return decoded != null ? decoded.length() : length;
    }

    @Override
    public char charAt(int index) {
        if (decoded != null) {
            return decoded.charAt(index);
        }
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) bytes[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return toString().substring(from, to);
    }

    @Override
    public String toString() {
        return decoded != null ? decoded : new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
}
