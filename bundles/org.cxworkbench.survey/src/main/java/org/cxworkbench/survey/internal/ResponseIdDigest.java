package org.cxworkbench.survey.internal;

import java.io.IOException;

/**
 * The compact form of the response ids an import counted, stored in {@code ImportRecord.responseIdDigest}
 * so that a later, overlapping export is not counted twice.
 *
 * <p>Format: the prefix {@code v1:}, then a byte stream written as text. The byte stream is the number of
 * hashes as an unsigned LEB128 varint, then the hashes in ascending unsigned order, the first as a varint
 * and every other one as the varint of its difference to the previous one. Hashes are the 64-bit values of
 * {@link ResponseIdSet#hash}. The bytes are packed 15 bits per character (most significant bit first) as
 * the characters U+4E00 + value (U+4E00..U+CDFF, all legal XML characters without escaping); the last
 * character is padded with zero bits. An empty set is the empty string.
 *
 * <p>Why: sorted deltas of n random 64-bit hashes take about {@code 64 - log2(n)} bits, so 10 million ids
 * are about 60 MB of varints. Random deltas do not deflate. Base64 would make that 80 million characters,
 * which the XMI writer holds several times in memory; 15 bits per character make it 32 million, so an import
 * of 10 million rows still saves within a 512 MB heap.
 */
final class ResponseIdDigest {

    private static final String VERSION = "v1:";
    private static final char BASE = '\u4E00';

    private ResponseIdDigest() {
    }

    static String encode(long[] sortedHashes) {
        return encode(sortedHashes, sortedHashes.length);
    }

    /** Encodes the first {@code count} hashes of {@code sortedHashes} (ascending unsigned order). */
    static String encode(long[] sortedHashes, int count) {
        if (count == 0) {
            return "";
        }
        long bytes = varintLength(count);
        long previous = 0;
        for (int i = 0; i < count; i++) {
            bytes += varintLength(sortedHashes[i] - previous);
            previous = sortedHashes[i];
        }
        long chars = VERSION.length() + (bytes * 8 + 14) / 15;
        if (chars > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("too many response ids for one import record: " + count);
        }
        CharPacker packer = new CharPacker((int) chars);
        packer.writeVarint(count);
        previous = 0;
        for (int i = 0; i < count; i++) {
            packer.writeVarint(sortedHashes[i] - previous);
            previous = sortedHashes[i];
        }
        return packer.finish();
    }

    /** Adds every hash of a digest to {@code target}. */
    static void decodeInto(String digest, ResponseIdSet target) throws IOException {
        if (digest == null || digest.isEmpty()) {
            return;
        }
        if (!digest.startsWith(VERSION)) {
            throw new IOException("unknown response id digest format '" + digest.substring(0, Math.min(8, digest.length()))
                    + "'");
        }
        CharUnpacker in = new CharUnpacker(digest, VERSION.length());
        long count = in.readVarint();
        long previous = 0;
        for (long i = 0; i < count; i++) {
            previous += in.readVarint();
            target.add(previous);
        }
    }

    private static int varintLength(long value) {
        int n = 1;
        while ((value & ~0x7FL) != 0) {
            value >>>= 7;
            n++;
        }
        return n;
    }

    /** Packs bytes into 15-bit characters. */
    private static final class CharPacker {
        private final char[] text;
        private int length;
        private int bits;
        private int pending;

        CharPacker(int size) {
            text = new char[size];
            VERSION.getChars(0, VERSION.length(), text, 0);
            length = VERSION.length();
        }

        void writeVarint(long value) {
            while ((value & ~0x7FL) != 0) {
                writeByte((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            writeByte((int) value);
        }

        private void writeByte(int b) {
            pending = (pending << 8) | (b & 0xFF);
            bits += 8;
            if (bits >= 15) {
                bits -= 15;
                text[length++] = (char) (BASE + ((pending >>> bits) & 0x7FFF));
                pending &= (1 << bits) - 1;
            }
        }

        String finish() {
            if (bits > 0) {
                text[length++] = (char) (BASE + ((pending << (15 - bits)) & 0x7FFF));
            }
            return new String(text, 0, length);
        }
    }

    /** Reads bytes back from 15-bit characters. */
    private static final class CharUnpacker {
        private final String text;
        private int position;
        private int bits;
        private int pending;

        CharUnpacker(String text, int start) {
            this.text = text;
            this.position = start;
        }

        private int readByte() throws IOException {
            while (bits < 8) {
                if (position >= text.length()) {
                    throw new IOException("response id digest ends early");
                }
                int value = text.charAt(position++) - BASE;
                if (value < 0 || value > 0x7FFF) {
                    throw new IOException("response id digest is damaged at character " + position);
                }
                pending = (pending << 15) | value;
                bits += 15;
            }
            bits -= 8;
            int b = (pending >>> bits) & 0xFF;
            pending &= (1 << bits) - 1;
            return b;
        }

        long readVarint() throws IOException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = readByte();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("response id digest is damaged (varint too long)");
        }
    }
}
