package org.cxworkbench.example.plugin.fcr;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The tickets an import counted, kept in its import record ({@code responseIdDigest}) so that a later export
 * that overlaps it (the same tickets again, in a wider date range) does not count them twice.
 *
 * <p>Format: {@code fcr-ids-v1:} and the Base64 of a byte stream: the number of tickets, then the 64-bit hashes of
 * their ids in ascending unsigned order, the first as a varint and every other one as the varint of its difference
 * to the one before (7 to 8 bytes per ticket, about 10 characters). The hash of an id is the first 8 bytes of its SHA-256 (UTF-8).
 */
final class TicketIds {

    static final String PREFIX = "fcr-ids-v1:";

    private TicketIds() {
    }

    /** The 64-bit hash of a ticket id. */
    static long hash(String ticketId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ticketId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The digest of these hashes (in any order); the empty string for none. */
    static String encode(long[] hashes) {
        if (hashes.length == 0) {
            return "";
        }
        long[] sorted = sortedUnsigned(hashes);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sorted.length * 7 + 5);
        writeVarint(bytes, sorted.length);
        long previous = 0;
        for (long hash : sorted) {
            writeVarint(bytes, hash - previous);
            previous = hash;
        }
        return PREFIX + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /**
     * The hashes of a digest, in ascending unsigned order.
     *
     * @throws IllegalArgumentException if it is not a digest of this format
     */
    static long[] decode(String digest) {
        if (digest == null || digest.isEmpty()) {
            return new long[0];
        }
        if (!digest.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a ticket id digest (expected " + PREFIX + "...)");
        }
        ByteBuffer in;
        try {
            in = ByteBuffer.wrap(Base64.getDecoder().decode(digest.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the ticket id digest is damaged: " + e.getMessage(), e);
        }
        long count = readVarint(in);
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("the ticket id digest is damaged: it claims " + count + " tickets");
        }
        long[] hashes = new long[(int) count];
        long previous = 0;
        for (int i = 0; i < hashes.length; i++) {
            previous += readVarint(in);
            hashes[i] = previous;
        }
        return hashes;
    }

    /** Whether {@code hash} is among {@code sorted} (ascending unsigned, as {@link #decode} gives them). */
    static boolean contains(long[] sorted, long hash) {
        int low = 0;
        int high = sorted.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = Long.compareUnsigned(sorted[middle], hash);
            if (order == 0) {
                return true;
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return false;
    }

    /** The union of several sorted hash lists, sorted. */
    static long[] union(long[]... lists) {
        return sortedUnsigned(Arrays.stream(lists).flatMapToLong(Arrays::stream).distinct().toArray());
    }

    private static long[] sortedUnsigned(long[] hashes) {
        // flipping the sign bit turns unsigned order into signed order
        return Arrays.stream(hashes).map(h -> h ^ Long.MIN_VALUE).sorted().map(h -> h ^ Long.MIN_VALUE).toArray();
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (!in.hasRemaining()) {
                throw new IllegalArgumentException("the ticket id digest is damaged: it ends in the middle of a number");
            }
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("the ticket id digest is damaged: a number is too long");
    }
}
