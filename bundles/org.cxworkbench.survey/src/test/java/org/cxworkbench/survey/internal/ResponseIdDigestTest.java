package org.cxworkbench.survey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class ResponseIdDigestTest {

    @Test
    void roundTripKeepsEveryHashIncludingZeroAndNegatives() throws IOException {
        ResponseIdSet ids = new ResponseIdSet(16);
        for (int i = 0; i < 50_000; i++) {
            ids.add(ResponseIdSet.hash("R_" + i));
        }
        ids.add(0);
        ids.add(-1);
        ids.add(Long.MIN_VALUE);
        String digest = ResponseIdDigest.encode(ids.toSortedArray());
        assertTrue(digest.startsWith("v1:"));
        assertTrue(digest.length() < 50_003 * 8 * 8 / 15, "under 15 bits of text per 16 bits of hash: " + digest.length());
        assertTrue(digest.chars().skip(3).allMatch(c -> c >= 0x4E00 && c <= 0xCDFF), "only legal, unescaped XML chars");

        ResponseIdSet decoded = new ResponseIdSet(16);
        ResponseIdDigest.decodeInto(digest, decoded);
        assertEquals(ids.size(), decoded.size());
        assertTrue(decoded.contains(ResponseIdSet.hash("R_49999")));
        assertTrue(decoded.contains(0));
        assertTrue(decoded.contains(Long.MIN_VALUE));
        assertFalse(decoded.contains(ResponseIdSet.hash("R_50000")));
    }

    @Test
    void hashIgnoresSurroundingBlanksOnly() {
        assertEquals(ResponseIdSet.hash("R_1"), ResponseIdSet.hash("  R_1 "));
        assertFalse(ResponseIdSet.hash("R_1") == ResponseIdSet.hash("r_1"));
    }

    @Test
    void emptyAndDamagedDigests() throws IOException {
        assertEquals("", ResponseIdDigest.encode(new long[0]));
        ResponseIdSet set = new ResponseIdSet(16);
        ResponseIdDigest.decodeInto("", set);
        assertEquals(0, set.size());
        assertThrows(IOException.class, () -> ResponseIdDigest.decodeInto("v9:abc", set));
        String digest = ResponseIdDigest.encode(new long[] {1, 2, 3});
        assertThrows(IOException.class, () -> ResponseIdDigest.decodeInto(digest.substring(0, 4), set));
        assertThrows(IOException.class, () -> ResponseIdDigest.decodeInto("v1:!!", set));
    }
}
