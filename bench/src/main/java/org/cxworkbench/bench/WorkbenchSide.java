package org.cxworkbench.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.measure.internal.calc.CesCalculator;
import org.cxworkbench.measure.internal.calc.CsatCalculator;
import org.cxworkbench.measure.internal.calc.NpsCalculator;
import org.cxworkbench.measure.internal.definitions.DefaultKpiDefinitionProvider;
import org.cxworkbench.measure.internal.service.CalculatingKpiService;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.survey.api.ImportOptions;
import org.cxworkbench.survey.api.ImportResult;
import org.cxworkbench.survey.api.SurveyImportException;
import org.cxworkbench.survey.internal.SurveyImportService;
import org.cxworkbench.survey.internal.csv.CsvSurveySource;

/**
 * Our side, wired by hand as Declarative Services would wire it in the product: the survey importer with
 * the CSV source imports the export into a fresh strategy, then the KPI service with the NPS, CSAT and CES
 * calculators computes every KPI per quarter and touchpoint.
 */
final class WorkbenchSide {

    private final SurveyImportService importer = new SurveyImportService();
    private final CalculatingKpiService kpis = new CalculatingKpiService();
    private final Strategy strategy = CxStrategyFactory.eINSTANCE.createStrategy();
    ImportResult imported;

    WorkbenchSide() {
        importer.addSource(new CsvSurveySource());
        register(new NpsCalculator(), NpsCalculator.ID, 1);
        register(new CsatCalculator(), CsatCalculator.ID, 2);
        register(new CesCalculator(), CesCalculator.ID, 3);
        strategy.setName("Benchmark strategy");
        strategy.getKpiDefinitions().addAll(new DefaultKpiDefinitionProvider().definitions());
    }

    private void register(KpiCalculator calculator, String id, long serviceId) {
        kpis.addCalculator(calculator, Map.of(KpiCalculator.ID, id, "service.id", serviceId));
    }

    void importExport(Path csv) throws SurveyImportException {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("NPS", "Q_NPS");
        columns.put("CSAT", "Q_CSAT");
        columns.put("CES", "Q_CES");
        imported = importer.importExport(strategy, csv, ImportOptions.of("Benchmark survey", columns)
                .withIdColumn("ResponseId").withDateColumn("EndDate").withSegments(Map.of("touchpoint", "Touchpoint")));
    }

    /** Quarter + "|" + touchpoint to figures. */
    Map<String, KpiFigures> computeKpis() {
        List<KpiResult> results = kpis.compute(strategy, null, "touchpoint");
        Map<String, Map<String, KpiResult>> byGroup = new TreeMap<>();
        for (KpiResult result : results) {
            if (result.segmentKey().startsWith("touchpoint=")) {
                byGroup.computeIfAbsent(result.period() + "|" + result.segmentKey().substring("touchpoint=".length()),
                        k -> new TreeMap<>()).put(result.code(), result);
            }
        }
        Map<String, KpiFigures> figures = new TreeMap<>();
        byGroup.forEach((group, byCode) -> {
            KpiResult nps = byCode.get("NPS");
            KpiResult csat = byCode.get("CSAT");
            KpiResult ces = byCode.get("CES");
            if (nps != null && csat != null && ces != null) {
                figures.put(group, new KpiFigures(nps.n(), nps.value(), csat.n(), csat.value(), ces.n(), ces.value()));
            }
        });
        return figures;
    }

    int measurements() {
        return strategy.getMeasurements().size();
    }
}
