package org.cxworkbench.survey.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The compact form of the response ids an import counted, stored in {@code ImportRecord.responseIdDigest}
 * so that a later, overlapping export is not counted twice.
 *
 * <p>Format {@code v1:} followed by Base64 (RFC 4648, no line breaks) of a zlib/deflate stream of: the
 * number of hashes as an unsigned LEB128 varint, then the hashes in ascending unsigned order, the first
 * as a varint and every other one as the varint of its difference to the previous one. Hashes are the
 * 64-bit values of {@link ResponseIdSet#hash}. An empty set is the empty string. Sorted deltas make 10
 * million ids about 6 bytes each instead of 8 plus the id text.
 */
final class ResponseIdDigest {

    private static final String VERSION = "v1:";

    private ResponseIdDigest() {
    }

    static String encode(long[] sortedHashes) {
        if (sortedHashes.length == 0) {
            return "";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sortedHashes.length * 7 + 16);
        try (OutputStream out = new DeflaterOutputStream(Base64.getEncoder().wrap(bytes),
                new Deflater(Deflater.BEST_SPEED), 64 * 1024)) {
            byte[] buffer = new byte[10 * 4096];
            int n = writeVarint(buffer, 0, sortedHashes.length);
            long previous = 0;
            for (long hash : sortedHashes) {
                n = writeVarint(buffer, n, hash - previous);
                previous = hash;
                if (n > buffer.length - 10) {
                    out.write(buffer, 0, n);
                    n = 0;
                }
            }
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory compression failed", e);
        }
        return VERSION + bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
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
        byte[] base64 = digest.substring(VERSION.length()).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try (InputStream in = new java.io.BufferedInputStream(new InflaterInputStream(
                Base64.getDecoder().wrap(new java.io.ByteArrayInputStream(base64))), 64 * 1024)) {
            long count = readVarint(in);
            long previous = 0;
            for (long i = 0; i < count; i++) {
                previous += readVarint(in);
                target.add(previous);
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("response id digest is damaged: " + e.getMessage(), e);
        }
    }

    private static int writeVarint(byte[] buffer, int n, long value) {
        while ((value & ~0x7FL) != 0) {
            buffer[n++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buffer[n++] = (byte) value;
        return n;
    }

    private static long readVarint(InputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("response id digest ends early");
            }
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("response id digest is damaged (varint too long)");
    }
}
