package org.cxworkbench.report.xlsx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Column;
import org.junit.jupiter.api.Test;

class FormulaTranslatorTest {

    private final FormulaTranslator translator = new FormulaTranslator(List.of(
            Column.of("touchpoint", "Touchpoint", Table.Kind.TEXT), Column.of("x", "x", Table.Kind.INTEGER),
            Column.of("promoters", "P", Table.Kind.INTEGER), Column.of("passives", "Pa", Table.Kind.INTEGER),
            Column.of("detractors", "D", Table.Kind.INTEGER), Column.of("n", "n", Table.Kind.INTEGER)), 0);

    @Test
    void keysBecomeCellsOfTheSameRow() {
        assertEquals(Optional.of("(C5-E5)/F5*100"), translator.translate("({promoters} - {detractors}) / {n} * 100", 4));
    }

    @Test
    void unknownKeysAndFunctionsAreRefused() {
        assertTrue(translator.translate("{nope} * 2", 4).isEmpty());
        assertTrue(translator.translate("HYPERLINK(\"x\") + {n}", 4).isEmpty());
        assertTrue(translator.translate("{n} & \"a\"", 4).isEmpty());
    }
}
