package org.cxworkbench.survey.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a file on a background thread in large blocks and computes its SHA-256 on the way, so that disk
 * reads and hashing overlap with parsing (the first stage of a two-thread pipeline). Blocks are recycled
 * through a small pool, so memory stays at a few blocks whatever the file size.
 */
final class ChunkedFileReader implements AutoCloseable {

    static final int BLOCK_SIZE = 1 << 20;
    private static final int BLOCKS = 4;

    /** A filled block; {@code length} is -1 at the end of the file. */
    record Block(byte[] bytes, int length, IOException failure) {
    }

    private final BlockingQueue<Block> filled = new ArrayBlockingQueue<>(BLOCKS + 1);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BLOCKS);
    private final Thread thread;
    private final long size;
    private volatile String sha256;
    private volatile boolean closed;

    ChunkedFileReader(Path file) throws IOException {
        this.size = Files.size(file);
        InputStream in = Files.newInputStream(file);
        for (int i = 0; i < BLOCKS; i++) {
            free.add(new byte[BLOCK_SIZE]);
        }
        thread = new Thread(() -> readAll(in), "cxw-survey-reader " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll(InputStream in) {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            while (!closed) {
                byte[] block = free.take();
                int n = in.readNBytes(block, 0, block.length);
                if (n <= 0) {
                    sha256 = HexFormat.of().formatHex(digest.digest());
                    filled.put(new Block(block, -1, null));
                    return;
                }
                digest.update(block, 0, n);
                filled.put(new Block(block, n, null));
            }
        } catch (IOException e) {
            filled.offer(new Block(null, -1, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (NoSuchAlgorithmException e) {
            filled.offer(new Block(null, -1, new IOException("SHA-256 is not available", e)));
        }
    }

    /** The next block, waiting for the reader thread if needed. */
    Block take() throws IOException {
        try {
            Block block = filled.take();
            if (block.failure() != null) {
                throw block.failure();
            }
            return block;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
    }

    /** Gives a consumed block back to the pool. */
    void recycle(byte[] block) {
        if (block != null) {
            free.offer(block);
        }
    }

    long size() {
        return size;
    }

    /** The file's SHA-256 once the end was reached, else {@code null}. */
    String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
