package org.cxworkbench.survey;

import static org.cxworkbench.survey.ImportFixture.bin;
import static org.cxworkbench.survey.ImportFixture.lastImport;
import static org.cxworkbench.survey.ImportFixture.measurement;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.ImportReject;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxw import-survey} on real export files, asserting on the saved and reloaded strategy. */
class ImportSurveyCommandTest {

    @TempDir
    Path dir;

    ImportFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ImportFixture(dir);
    }

    @Test
    void theFrontEndHearsHowManyRowsAndBytesWereReadLastWithTheWholeFile() throws Exception {
        Path export = fx.export("qualtrics-nps.csv");

        fx.run(export, "--survey", "Post-purchase", "--map", "NPS=QID1,CSAT=Q2");

        List<java.util.Map<String, Long>> reports = fx.last.progressReports();
        assertFalse(reports.isEmpty(), "no progress reported");
        java.util.Map<String, Long> last = reports.get(reports.size() - 1);
        assertEquals(7L, last.get("rowsRead"), "the 7 response rows below Qualtrics' three header rows");
        assertEquals(Files.size(export), last.get("totalBytes"));
        assertEquals(Files.size(export), last.get("bytesRead"));
    }

    @Test
    void qualtricsExportIsAggregatedPerQuarterWithBoundaryBinsAndSegments() throws Exception {
        Strategy s = fx.run(fx.export("qualtrics-nps.csv"), "--survey", "Post-purchase", "--map", "NPS=QID1,CSAT=Q2",
                "--segment", "channel=Channel");

        Measurement nps = measurement(s, "NPS", "2026-Q3", "");
        assertEquals(5, nps.getCount());
        assertEquals(40, nps.getSum());
        assertEquals(330, nps.getSumOfSquares());
        // NPS boundaries: 6 is a detractor, 7 and 8 passives, 9 a promoter: each in its own bin
        assertEquals(1, bin(nps, 6));
        assertEquals(1, bin(nps, 7));
        assertEquals(1, bin(nps, 8));
        assertEquals(1, bin(nps, 9));
        assertEquals(1, bin(nps, 10));
        assertEquals(5, nps.getBins().size());

        Measurement csat = measurement(s, "CSAT", "2026-Q3", "");
        assertEquals(6, csat.getCount(), "the answer with NPS 11 still counts for CSAT");
        assertEquals(23, csat.getSum());
        assertEquals(95, csat.getSumOfSquares());
        assertEquals(2, bin(csat, 5));
        assertEquals(2, bin(csat, 4));

        assertEquals(1, bin(measurement(s, "NPS", "2026-Q4", ""), 0));
        assertEquals(1, bin(measurement(s, "CSAT", "2026-Q4", ""), 1));

        Measurement mobile = measurement(s, "NPS", "2026-Q3", "channel=Mobile app");
        assertEquals(3, mobile.getCount());
        assertEquals(25, mobile.getSum());
        Measurement web = measurement(s, "NPS", "2026-Q3", "channel=Web");
        assertEquals(2, web.getCount());
        assertEquals(1, bin(web, 7));
        assertEquals(1, bin(web, 8));
        assertEquals(1, measurement(s, "CSAT", "2026-Q3", "channel=Store").getCount());

        ImportRecord record = lastImport(s);
        assertEquals(ImportKind.SURVEY, record.getKind());
        assertEquals("qualtrics-nps.csv", record.getFileName());
        assertEquals(64, record.getChecksum().length());
        assertEquals(7, record.getRowsRead());
        assertEquals(7, record.getRowsAccepted());
        assertEquals(0, record.getRowsRejected());
        assertEquals(0, record.getDuplicates());
        assertEquals(1, record.getRejects().size());
        ImportReject reject = record.getRejects().get(0);
        assertEquals(10, reject.getLine(), "R_6fff starts on line 10: R_5eee's comment holds a line break");
        assertEquals("R_6fff", reject.getResponseId());
        assertEquals("QID1", reject.getColumn());
        assertEquals("11 is outside the NPS scale 0-10", reject.getReason());
        assertTrue(record.getResponseIdDigest().startsWith("v1:"));
        assertNotNull(record.getImportedAt());
        assertEquals("Post-purchase", record.getSurvey().getName());
    }

    @Test
    void newSurveyGetsQuestionsAndDefaultDefinitionsFromKpiDefinitionsMd() throws Exception {
        Strategy s = fx.run(fx.export("qualtrics-nps.csv"), "--survey", "Post-purchase", "--map", "NPS=QID1,CSAT=Q2");

        Survey survey = s.getSurveys().get(0);
        assertEquals("Post-purchase", survey.getName());
        assertEquals(2, survey.getQuestions().size());
        assertEquals("QID1", survey.getQuestions().get(0).getColumn());
        assertEquals("How likely is it that you would recommend Acme Groceries to a friend or colleague?",
                survey.getQuestions().get(0).getText());
        assertEquals("NPS", survey.getQuestions().get(0).getKpi().getCode());
        assertEquals("How satisfied were you with your order?", survey.getQuestions().get(1).getText());

        KpiDefinition nps = s.getKpiDefinitions().stream().filter(d -> d.getCode().equals("NPS")).findFirst().get();
        assertEquals(KpiKind.NPS, nps.getKind());
        assertEquals(1, nps.getVersion());
        assertEquals(0, nps.getScaleMin());
        assertEquals(10, nps.getScaleMax());
        assertEquals(9, nps.getPromoterMin());
        assertEquals(6, nps.getDetractorMax());
        assertTrue(nps.isHigherIsBetter());
        assertEquals("points", nps.getUnit());
        KpiDefinition csat = s.getKpiDefinitions().stream().filter(d -> d.getCode().equals("CSAT")).findFirst().get();
        assertEquals(1, csat.getScaleMin());
        assertEquals(5, csat.getScaleMax());
        assertEquals(4, csat.getTopBoxMin());
        assertEquals("%", csat.getUnit());
        assertEquals(2, s.getKpiDefinitions().size(), "CES is not mapped, so it is not added");
        assertTrue(fx.last.output().contains("Added default KPI definitions: NPS, CSAT"), fx.last.output());
    }

    @Test
    void surveyMonkeyExportByQuestionTextWithDuplicatesBadDatesBlanksAndDecimals() throws Exception {
        Strategy s = fx.run(fx.export("surveymonkey.csv"), "--survey", "Delivery",
                "--map", "NPS=How likely is it that you would recommend Acme to a friend or colleague?,"
                        + "CSAT=Overall, how satisfied or dissatisfied are you with our delivery?", "--json");
        // the comma inside the CSAT question text does not split the mapping
        ImportRecord record = lastImport(s);
        assertEquals(7, record.getRowsRead());
        assertEquals(4, record.getRowsAccepted());
        assertEquals(2, record.getRowsRejected(), "the blank row and the row without a date");
        assertEquals(1, record.getDuplicates(), "respondent 114000000002 appears twice");

        Measurement nps = measurement(s, "NPS", "2026-Q3", "");
        assertEquals(3, nps.getCount());
        assertEquals(1, bin(nps, 10), "'10 - Extremely likely' is the scale end with its label");
        assertEquals(1, bin(nps, 0));
        assertEquals(1, bin(nps, 9));
        Measurement csat = measurement(s, "CSAT", "2026-Q3", "");
        assertEquals(4, csat.getCount(), "the row whose NPS is 7.5 still counts for CSAT");
        assertEquals(13, csat.getSum());

        List<String> reasons = record.getRejects().stream()
                .map(r -> r.getLine() + "|" + r.getResponseId() + "|" + r.getReason()).toList();
        assertEquals(List.of(
                "6|114000000004|'7.5' is not a whole number (NPS answers are whole numbers 0-10)",
                "7|114000000005|no answer to any imported question",
                "9|114000000007|'not yet' is not a date (expected e.g. 2026-07-14, 2026/07/14 10:23:45 AM or 7/14/2026 10:23:45)"),
                reasons);
        String json = fx.last.output().strip();
        assertTrue(json.startsWith("{\"file\":\"surveymonkey.csv\""), json);
        assertTrue(json.contains("\"rowsRead\":7,\"accepted\":4,\"rejected\":2,\"duplicates\":1"), json);
        assertTrue(json.contains("\"periods\":[\"2026-Q3\"]"), json);
        assertTrue(json.contains("{\"line\":6,\"responseId\":\"114000000004\",\"column\":\"How likely"), json);
        assertEquals(1, json.lines().count(), "--json prints only the JSON document");
    }

    @Test
    void googleFormsExportByMonthWithSegmentsAndCesOutOfScale() throws Exception {
        Strategy s = fx.run(fx.export("google-forms.csv"), "--survey", "Mobile ordering",
                "--map", "NPS=How likely are you to recommend FreshCart to a friend or colleague?",
                "--map", "CES=How easy was it to order your groceries on your phone?",
                "--segment", "day=Which day do you usually order?", "--period", "month");

        Measurement nps = measurement(s, "NPS", "2026-07", "");
        assertEquals(3, nps.getCount());
        assertEquals(25, nps.getSum());
        assertEquals(1, measurement(s, "NPS", "2026-10", "").getCount());
        Measurement ces = measurement(s, "CES", "2026-07", "");
        assertEquals(3, ces.getCount());
        assertEquals(18, ces.getSum());
        assertEquals(110, ces.getSumOfSquares());
        assertTrue(s.getMeasurements().stream().noneMatch(m -> m.getKpi().getCode().equals("CES")
                && m.getPeriod().equals("2026-10")), "the CES answer 8 is outside 1-7 and rejected");
        // busy parents order early in the week
        assertEquals(2, measurement(s, "NPS", "2026-07", "day=Monday").getCount());
        assertEquals(1, measurement(s, "CES", "2026-07", "day=Tuesday").getCount());
        ImportRecord record = lastImport(s);
        assertEquals(4, record.getRowsAccepted());
        assertEquals("8 is outside the CES scale 1-7", record.getRejects().get(0).getReason());
        assertEquals(5, record.getRejects().get(0).getLine());
        assertEquals("", record.getResponseIdDigest(), "no id column: nothing to remember");
        assertTrue(s.getSegments().stream().anyMatch(d -> d.getName().equals("day")
                && d.getColumn().equals("Which day do you usually order?")),
                "the segment is named 'day' and records the export column it was read from");
    }

    @Test
    void semicolonCsvWithBomCrlfAndEuropeanDates() throws Exception {
        Strategy s = fx.run(fx.export("plain-semicolon-bom.csv"), "--survey", "Regions", "--map", "NPS=nps,CSAT=csat",
                "--id", "id", "--segment", "region=region");
        ImportRecord record = lastImport(s);
        assertEquals(5, record.getRowsRead());
        assertEquals(4, record.getRowsAccepted());
        assertEquals(1, record.getRowsRejected());
        assertEquals(List.of("3|A-2|nps|'7,5' is not a whole number (NPS answers are whole numbers 0-10)",
                "4|A-3|nps|'sehr gut' is not a number (NPS answers are whole numbers 0-10)",
                "5|A-4|date|'2026-13-01' is not a date (expected e.g. 2026-07-14, 2026/07/14 10:23:45 AM or 7/14/2026 10:23:45)"),
                record.getRejects().stream().map(r -> r.getLine() + "|" + r.getResponseId() + "|" + r.getColumn() + "|"
                        + r.getReason()).toList());
        assertEquals(2, measurement(s, "NPS", "2026-Q3", "").getCount());
        assertEquals(4, measurement(s, "CSAT", "2026-Q3", "").getCount());
        assertEquals(3, measurement(s, "CSAT", "2026-Q3", "region=Süd").getCount());
        assertEquals(1, measurement(s, "NPS", "2026-Q3", "region=Süd").getCount());
    }

    @Test
    void tabSeparatedExport() throws Exception {
        Strategy s = fx.run(fx.export("tab-separated.tsv"), "--survey", "Support", "--map", "NPS=NPS score",
                "--segment", "touchpoint=Touchpoint");
        Measurement nps = measurement(s, "NPS", "2026-Q3", "");
        assertEquals(3, nps.getCount());
        assertEquals(19, nps.getSum());
        assertEquals(2, measurement(s, "NPS", "2026-Q3", "touchpoint=Chatbot").getCount());
    }

    @Test
    void lineNumbersStayOnThePhysicalLineWhereTheRecordStarts() throws Exception {
        Strategy s = fx.run(fx.export("quoted-newlines.csv"), "--survey", "Comments", "--map", "NPS=nps");
        ImportRecord record = lastImport(s);
        assertEquals(4, record.getRowsRead());
        assertEquals(List.of(4L, 7L), record.getRejects().stream().map(ImportReject::getLine).toList());
        assertEquals("q2", record.getRejects().get(0).getResponseId());
        assertEquals(2, measurement(s, "NPS", "2026-Q3", "").getCount());
    }

    @Test
    void overlappingExportsAreNotCountedTwiceAndAggregatesMerge() throws Exception {
        fx.run(fx.export("wave-1.csv"), "--survey", "Waves", "--map", "NPS=NPS");
        Strategy s = fx.run(fx.export("wave-2.csv"), "--survey", "Waves");

        ImportRecord second = lastImport(s);
        assertEquals(4, second.getRowsRead());
        assertEquals(2, second.getRowsAccepted());
        assertEquals(2, second.getDuplicates(), "W3 and W4 were imported with wave 1");
        Measurement nps = measurement(s, "NPS", "2026-Q3", "");
        assertEquals(6, nps.getCount());
        assertEquals(10 + 9 + 6 + 7 + 8 + 0, nps.getSum());
        assertEquals(100 + 81 + 36 + 49 + 64 + 0, nps.getSumOfSquares());
        assertEquals(1, bin(nps, 0));
        assertEquals(1, bin(nps, 6));
        assertEquals(1, s.getMeasurements().size(), "merged into the one measurement, not a second one");
        assertEquals(1, s.getSurveys().get(0).getQuestions().size());
    }

    @Test
    void sameFileAgainIsRefusedAndChangesNothing() throws Exception {
        Path export = fx.export("wave-1.csv");
        fx.run(export, "--survey", "Waves", "--map", "NPS=NPS");
        byte[] before = Files.readAllBytes(fx.strategyFile);
        CommandException e = fx.refused(export, "--survey", "Waves", "--map", "NPS=NPS");
        assertTrue(e.getMessage().contains("wave-1.csv was already imported"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(fx.strategyFile));
    }

    @Test
    void strictModeRefusesRejectsAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(fx.strategyFile);
        CommandException e = fx.refused(fx.export("quoted-newlines.csv"), "--survey", "Comments", "--map", "NPS=nps",
                "--strict");
        assertTrue(e.getMessage().contains("--strict: 2 answer(s)"), e.getMessage());
        assertTrue(fx.last.errorOutput().contains("quoted-newlines.csv:4 (q2) nps: 11 is outside the NPS scale 0-10"),
                fx.last.errorOutput());
        assertArrayEquals(before, Files.readAllBytes(fx.strategyFile));
        assertTrue(fx.reload().getSurveys().isEmpty());
    }

    @Test
    void strictModeImportsACleanExport() throws Exception {
        Strategy s = fx.run(fx.export("wave-1.csv"), "--survey", "Waves", "--map", "NPS=NPS", "--strict");
        assertEquals(4, measurement(s, "NPS", "2026-Q3", "").getCount());
    }

    @Test
    void withoutDateColumnTheCurrentPeriodIsUsedAndSaid() throws Exception {
        Path export = fx.export("no-date.csv");
        CommandException e = fx.refused(export, "--survey", "Pulse", "--map", "NPS=nps");
        assertTrue(e.getMessage().contains("no date column found"), e.getMessage());

        Strategy strategy = fx.reload();
        strategy.setCurrentPeriod("2026-Q3");
        fx.store.save(strategy);
        Strategy s = fx.run(export, "--survey", "Pulse", "--map", "NPS=nps");
        assertEquals(2, measurement(s, "NPS", "2026-Q3", "").getCount());
        assertTrue(fx.last.output().contains("Periods from the current period 2026-Q3"), fx.last.output());
    }

    @Test
    void unknownColumnAndUnknownKpiAreUsageErrors() throws Exception {
        Path export = fx.export("wave-1.csv");
        CommandException column = fx.refused(export, "--survey", "Waves", "--map", "NPS=Q9");
        assertTrue(column.getMessage().contains("--map NPS=Q9: no such column. Columns: 'ResponseId', 'Date', 'NPS'"),
                column.getMessage());
        CommandException kpi = fx.refused(export, "--survey", "Waves", "--map", "LOYALTY=NPS");
        assertTrue(kpi.getMessage().contains("no KPI definition with code LOYALTY"), kpi.getMessage());
        CommandException noMap = fx.refused(export, "--survey", "Waves");
        assertTrue(noMap.getMessage().contains("does not exist yet"), noMap.getMessage());
        assertTrue(fx.reload().getSurveys().isEmpty());
    }

    @Test
    void aOneToTenAnswerIsNotGuessedToBeNps() throws Exception {
        Strategy strategy = fx.reload();
        KpiDefinition effort = org.cxworkbench.model.CxStrategyFactory.eINSTANCE.createKpiDefinition();
        effort.setCode("EFFORT");
        effort.setKind(KpiKind.CUSTOM_RATING);
        effort.setScaleMin(1);
        effort.setScaleMax(10);
        strategy.getKpiDefinitions().add(effort);
        fx.store.save(strategy);
        Strategy s = fx.run(fx.export("wave-1.csv"), "--survey", "Effort", "--map", "EFFORT=NPS");
        Measurement m = measurement(s, "EFFORT", "2026-Q3", "");
        assertEquals(4, m.getCount());
        assertFalse(s.getKpiDefinitions().stream().anyMatch(d -> "NPS".equals(d.getCode())));
    }
}
