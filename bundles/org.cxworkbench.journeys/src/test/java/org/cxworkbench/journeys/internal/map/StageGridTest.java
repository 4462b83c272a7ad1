package org.cxworkbench.journeys.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class StageGridTest {

    @Test
    void wrapsWordsAndBreaksOverlongOnes() {
        assertEquals(List.of("Kid-friendly recipe", "pop-up before", "checkout"),
                StageGrid.wrapText("Kid-friendly recipe pop-up before checkout", 20));
        assertEquals(List.of("abcdefghij", "klm"), StageGrid.wrapText("abcdefghijklm", 10));
        assertEquals(List.of(""), StageGrid.wrapText("", 10));
    }

    @Test
    void cellsWithSeveralItemsGetBulletsAndRowsAlign() {
        StringWriter text = new StringWriter();
        new StageGrid(List.of("Entice", "Enter"), 8, 12)
                .row("Actions", List.of(List.of("Sees an ad", "Clicks it"), List.of("Signs up")))
                .print(new PrintWriter(text, true));

        assertEquals(Arrays.asList(
                "         | Entice       | Enter",
                "--------------------------------------",
                "Actions  | - Sees an ad | Signs up",
                "         | - Clicks it  |",
                ""), text.toString().lines().toList());
    }

    @Test
    void emotionCurveMarksTheRoundedScoreInTheStageColumn() {
        List<String> lines = EmotionCurve.lines(Arrays.asList(2.0, -1.6, null), 12, 5);

        assertEquals(List.of(
                "Emotion   +2 |   *   |       |",
                "          +1 |       |       |",
                "           0-+-------+-------+------",
                "          -1 |       |       |",
                "          -2 |       |   *   |"), lines);
    }
}
