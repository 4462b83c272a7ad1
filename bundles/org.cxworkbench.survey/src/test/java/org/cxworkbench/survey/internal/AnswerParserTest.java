package org.cxworkbench.survey.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnswerParserTest {

    @Test
    void wholeNumbersWithBlanksSignsAndZeroDecimals() {
        assertEquals(9, AnswerParser.parse(" 9 ", false));
        assertEquals(0, AnswerParser.parse("0", false));
        assertEquals(-1, AnswerParser.parse("-1", false));
        assertEquals(9, AnswerParser.parse("9.0", false));
        assertEquals(9, AnswerParser.parse("9,00", false));
    }

    @Test
    void rejectReasonsAreDistinguished() {
        assertEquals(AnswerParser.BLANK, AnswerParser.parse("   ", false));
        assertEquals(AnswerParser.BLANK, AnswerParser.parse("", false));
        assertEquals(AnswerParser.NOT_WHOLE, AnswerParser.parse("7.5", false));
        assertEquals(AnswerParser.NOT_WHOLE, AnswerParser.parse("7,5", false));
        assertEquals(AnswerParser.NOT_A_NUMBER, AnswerParser.parse("very likely", false));
        assertEquals(AnswerParser.NOT_A_NUMBER, AnswerParser.parse("9a", false));
        assertEquals(AnswerParser.NOT_A_NUMBER, AnswerParser.parse("9.", false));
        assertEquals(AnswerParser.NOT_A_NUMBER, AnswerParser.parse("1.5.2", false));
    }

    @Test
    void surveyMonkeyScaleEndLabels() {
        assertEquals(10, AnswerParser.parse("10 - Extremely likely", false));
        assertEquals(0, AnswerParser.parse("0 - Not at all likely", false));
        assertEquals(1, AnswerParser.parse("1 (very difficult)", false));
    }

    @Test
    void yesNoOnlyWhereTheKpiIsYesNo() {
        assertEquals(1, AnswerParser.parse("Yes", true));
        assertEquals(0, AnswerParser.parse("no", true));
        assertEquals(AnswerParser.NOT_A_NUMBER, AnswerParser.parse("Yes", false));
    }
}
