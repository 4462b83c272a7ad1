package org.cxworkbench.example.plugin.fcr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The ticket id digest kept in FCR import records. */
class TicketIdsTest {

    @Test
    void hashesRoundTripInUnsignedOrderAndAreFound() {
        long[] hashes = new Random(7).longs(10_000).toArray();
        hashes[0] = -1L;
        hashes[1] = 0L;
        hashes[2] = Long.MIN_VALUE;

        String digest = TicketIds.encode(hashes);
        long[] decoded = TicketIds.decode(digest);

        assertTrue(digest.startsWith(TicketIds.PREFIX));
        assertTrue(digest.length() < 10_000 * 11, "about 8 bytes, 11 characters per ticket: " + digest.length());
        assertEquals(hashes.length, decoded.length);
        long[] expected = hashes.clone();
        Arrays.sort(expected);
        long[] signed = decoded.clone();
        Arrays.sort(signed);
        assertArrayEquals(expected, signed, "the same hashes");
        for (int i = 1; i < decoded.length; i++) {
            assertTrue(Long.compareUnsigned(decoded[i - 1], decoded[i]) < 0, "ascending unsigned at " + i);
        }
        for (long hash : hashes) {
            assertTrue(TicketIds.contains(decoded, hash));
        }
        assertFalse(TicketIds.contains(decoded, 42L));
    }

    @Test
    void theHashOfATicketIdIsStableAndNoneIsEmpty() {
        assertEquals(TicketIds.hash("T-1"), TicketIds.hash("T-1"));
        assertFalse(TicketIds.hash("T-1") == TicketIds.hash("T-2"));
        assertEquals("", TicketIds.encode(new long[0]));
        assertEquals(0, TicketIds.decode("").length);
        assertEquals(0, TicketIds.decode(null).length);
        assertEquals(3, TicketIds.union(new long[] { 1, 2 }, new long[] { 2, 3 }).length);
    }

    @Test
    void aDamagedDigestIsRefusedWithAReason() {
        String digest = TicketIds.encode(new long[] { 5, 6, 7 });
        assertThrows(IllegalArgumentException.class, () -> TicketIds.decode("v1:abc"));
        IllegalArgumentException cut = assertThrows(IllegalArgumentException.class,
                () -> TicketIds.decode(digest.substring(0, digest.length() - 4)));
        assertTrue(cut.getMessage().contains("damaged"), cut.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TicketIds.decode(TicketIds.PREFIX + "!!!"));
    }
}
