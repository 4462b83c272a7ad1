package org.cxworkbench.competitors.internal.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SignificantWordsTest {

    @Test
    void stemsVerbFormsAndPlurals() {
        assertEquals("wait", SignificantWords.stem("waits"));
        assertEquals("wait", SignificantWords.stem("waiting"));
        assertEquals("wait", SignificantWords.stem("waited"));
        assertEquals("delivery", SignificantWords.stem("deliveries"));
        assertEquals("slot", SignificantWords.stem("slots"));
        assertEquals("address", SignificantWords.stem("address"), "double s is not a plural");
    }

    @Test
    void dropsFunctionWordsCxWordsAndJudgements() {
        assertEquals(List.of("wait", "rep"), List.copyOf(SignificantWords.of("Customers wait long for a service rep")));
        assertEquals(List.of("wait", "rep"), List.copyOf(SignificantWords.of("Short waits: a REP calls back fast")).subList(0, 2));
        assertTrue(SignificantWords.of(null).isEmpty());
        assertTrue(SignificantWords.of("Very good, great, excellent service!").isEmpty());
    }

    @Test
    void sharedKeepsTheOrderOfTheFirstText() {
        Set<String> shared = SignificantWords.shared(SignificantWords.of("Small organic range"),
                SignificantWords.of("Large range of organic food"));
        assertEquals(List.of("organic", "range"), List.copyOf(shared));
    }
}
