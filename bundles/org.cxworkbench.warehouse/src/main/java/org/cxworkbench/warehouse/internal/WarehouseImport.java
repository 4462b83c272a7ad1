package org.cxworkbench.warehouse.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.ImportReject;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.SegmentDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.cxworkbench.model.SurveyQuestion;
import org.cxworkbench.warehouse.internal.sql.MappedScore;
import org.cxworkbench.warehouse.internal.sql.WarehouseMapping;

/**
 * Applies what the warehouse queries returned to a strategy (in memory; the caller saves it): adds missing
 * KPI definitions, the survey, its questions and segment dimensions as the file import does, replaces the
 * survey's measurements of the returned periods ({@link MeasurementReplacement}) and adds an
 * {@link ImportRecord} of kind WAREHOUSE whose file name is the database and table (no credentials) and
 * whose checksum is the SHA-256 of the SQL text.
 */
final class WarehouseImport {

    private final Strategy strategy;
    private final String surveyName;
    private final Map<String, KpiDefinition> definitions;
    private final WarehouseMapping mapping;

    /**
     * @param definitions KPI code (as in the mapping) to definition; definitions not yet in the strategy are
     *        added to it
     */
    WarehouseImport(Strategy strategy, String surveyName, Map<String, KpiDefinition> definitions,
            WarehouseMapping mapping) {
        this.strategy = strategy;
        this.surveyName = surveyName;
        this.definitions = new LinkedHashMap<>(definitions);
        this.mapping = mapping;
    }

    WarehouseImportResult apply(WarehouseData data, String source, String checksum) {
        CxStrategyFactory factory = CxStrategyFactory.eINSTANCE;
        List<String> definitionsAdded = new ArrayList<>();
        definitions.forEach((code, definition) -> {
            if (!strategy.getKpiDefinitions().contains(definition)) {
                strategy.getKpiDefinitions().add(definition);
                definitionsAdded.add(definition.getCode());
            }
        });
        Survey survey = strategy.getSurveys().stream().filter(s -> surveyName.equals(s.getName())).findFirst()
                .orElse(null);
        boolean surveyCreated = survey == null;
        if (surveyCreated) {
            survey = factory.createSurvey();
            survey.setName(surveyName);
            strategy.getSurveys().add(survey);
        }
        for (MappedScore score : mapping.scores()) {
            KpiDefinition kpi = definitions.get(score.kpiCode());
            String column = score.column().text();
            if (survey.getQuestions().stream().noneMatch(q -> q.getKpi() == kpi && column.equals(q.getColumn()))) {
                SurveyQuestion question = factory.createSurveyQuestion();
                question.setKpi(kpi);
                question.setColumn(column);
                survey.getQuestions().add(question);
            }
        }
        for (String dimension : mapping.segments().keySet()) {
            if (strategy.getSegments().stream().noneMatch(s -> dimension.equals(s.getColumn()))) {
                SegmentDefinition segment = factory.createSegmentDefinition();
                segment.setName(dimension);
                segment.setColumn(dimension);
                strategy.getSegments().add(segment);
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        mapping.scores().forEach(s -> codes.add(definitions.get(s.kpiCode()).getCode()));
        int before = strategy.getMeasurements().size();
        int replaced = MeasurementReplacement.replace(strategy, survey, codes, data.periods(), data.answers());
        int written = strategy.getMeasurements().size() - before + replaced;

        ImportRecord record = factory.createImportRecord();
        record.setKind(ImportKind.WAREHOUSE);
        record.setFileName(source);
        record.setChecksum(checksum);
        record.setImportedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        record.setSurvey(survey);
        record.setRowsRead(data.rowsRead());
        record.setRowsAccepted(data.rowsAccepted());
        record.setRowsRejected(data.rowsRejected());
        record.setDuplicates(data.duplicateIds());
        if (data.rowsWithoutDate() > 0) {
            record.getRejects().add(reject(mapping.date().text(), data.rowsWithoutDate()
                    + " row(s) without a date: none of their answers counted"));
        }
        for (AnswerAccount account : data.accounts()) {
            if (account.rejected() > 0) {
                MappedScore score = mapping.scores().stream().filter(s -> s.kpiCode().equals(account.kpiCode()))
                        .findFirst().orElseThrow();
                record.getRejects().add(reject(account.column(), account.rejected() + " " + account.kpiCode()
                        + " answer(s) outside " + score.scaleMin() + "-" + score.scaleMax() + " or not integers"));
            }
        }
        strategy.getImports().add(record);
        return new WarehouseImportResult(source, checksum, surveyName, surveyCreated, definitionsAdded,
                List.copyOf(data.periods()), replaced, written, data.rowsRead(), data.rowsAccepted(),
                data.rowsRejected(), data.rowsWithoutDate(), data.duplicateIds(), data.accounts());
    }

    /** A reject entry summarising a group of rejected answers; warehouse rows have no line numbers. */
    private static ImportReject reject(String column, String reason) {
        ImportReject reject = CxStrategyFactory.eINSTANCE.createImportReject();
        reject.setLine(0);
        reject.setColumn(column);
        reject.setReason(reason);
        return reject;
    }
}
