package org.cxworkbench.survey.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cxworkbench.api.survey.SourceOptions;
import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.api.survey.SurveyFormatException;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.api.survey.SurveyRow;
import org.cxworkbench.api.survey.SurveyRows;
import org.cxworkbench.api.survey.SurveySource;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.ImportKind;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.ImportReject;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.SegmentDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.cxworkbench.model.SurveyQuestion;
import org.cxworkbench.survey.api.AnswerReject;
import org.cxworkbench.survey.api.ImportOptions;
import org.cxworkbench.survey.api.ImportResult;
import org.cxworkbench.survey.api.ResponseAggregator;
import org.cxworkbench.survey.api.SurveyImportException;
import org.cxworkbench.survey.api.SurveyImporter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The survey import: plans the mapping against the strategy, streams the rows of the export through the
 * matching {@link SurveySource}, checks and tallies every answer, and applies the result to the strategy
 * only when nothing refuses the import.
 */
@Component(service = SurveyImporter.class)
public final class SurveyImportService implements SurveyImporter {

    private static final List<KpiKind> RATING_KINDS = List.of(KpiKind.NPS, KpiKind.CSAT, KpiKind.CES,
            KpiKind.CUSTOM_RATING, KpiKind.YES_NO);
    private static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;

    private final List<SurveySource> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSource(SurveySource source) {
        sources.add(source);
    }

    public void removeSource(SurveySource source) {
        sources.remove(source);
    }

    @Override
    public ImportResult importExport(Strategy strategy, Path export, ImportOptions options) throws SurveyImportException {
        String fileName = export.getFileName().toString();
        if (!Files.isRegularFile(export)) {
            throw new SurveyImportException(export + ": no such file");
        }
        SurveySource source = sourceFor(export);
        Survey survey = strategy.getSurveys().stream().filter(s -> options.surveyName().equals(s.getName()))
                .findFirst().orElse(null);
        Map<String, String> mapping = mapping(survey, options);
        try (SurveyRows rows = source.open(export, new SourceOptions(options.sheet()))) {
            SurveyHeader header = rows.header();
            ColumnResolver resolver = new ColumnResolver(header);
            List<MappedAnswer> answers = new ArrayList<>();
            for (Map.Entry<String, String> entry : mapping.entrySet()) {
                answers.add(mapAnswer(strategy, answers, entry.getKey(), entry.getValue(), resolve(resolver, entry.getValue(),
                        "--map " + entry.getKey() + "=", fileName)));
            }
            SurveyColumn idColumn = options.idColumn().isPresent()
                    ? resolve(resolver, options.idColumn().get(), "--id ", fileName)
                    : resolver.detectIdColumn().orElse(null);
            SurveyColumn dateColumn = options.dateColumn().isPresent()
                    ? resolve(resolver, options.dateColumn().get(), "--date ", fileName)
                    : resolver.detectDateColumn().orElse(null);
            String fixedPeriod = null;
            if (dateColumn == null) {
                fixedPeriod = strategy.getCurrentPeriod();
                if (fixedPeriod == null || fixedPeriod.isBlank()) {
                    throw new SurveyImportException(fileName + ": no date column found (looked for Timestamp, EndDate, "
                            + "RecordedDate, StartDate, Date); name it with --date COLUMN, or set the strategy's current "
                            + "period so that all answers count for it. Columns: " + resolver.describeColumns());
                }
            }
            List<String> dimensionNames = new ArrayList<>(options.segments().keySet());
            List<SurveyColumn> segmentColumns = new ArrayList<>();
            for (Map.Entry<String, String> segment : options.segments().entrySet()) {
                if (segment.getKey().isBlank() || segment.getKey().contains("=")) {
                    throw new SurveyImportException("--segment " + segment.getKey() + "=" + segment.getValue()
                            + ": a segment name must not be blank or contain '='");
                }
                segmentColumns.add(resolve(resolver, segment.getValue(), "--segment " + segment.getKey() + "=", fileName));
            }
            ResponseIdSet priorIds = priorResponseIds(strategy, survey);
            ImportRun run = new ImportRun(fileName, answers, idColumn, dateColumn, segmentColumns,
                    fixedPeriod == null ? -1 : monthOfPeriod(fixedPeriod), priorIds, options);
            run.readAll(rows);
            String checksum = rows.sha256() != null ? rows.sha256() : sha256(export);
            refuseReimport(strategy, checksum, fileName);
            String periodSource = dateColumn != null ? "column " + dateColumn.id()
                    : "current period " + fixedPeriod;
            if (options.strict() && run.strictFailures() > 0) {
                ImportResult wouldHave = result(run, fileName, checksum, header, options.surveyName(), survey == null,
                        answers, periodSource, List.of(), null);
                throw new SurveyImportException(fileName + ": --strict: " + run.answersRejected() + " answer(s) and "
                        + run.badDateRows() + " row(s) with a bad date rejected; nothing was imported. First: "
                        + run.rejects().get(0).line() + ": " + run.rejects().get(0).column() + ": "
                        + run.rejects().get(0).reason(), null, wouldHave);
            }
            return apply(strategy, survey, run, fileName, checksum, header, options, answers, dimensionNames,
                    fixedPeriod, periodSource);
        } catch (SurveyFormatException e) {
            throw new SurveyImportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new SurveyImportException(fileName + ": cannot read: " + e.getMessage(), e);
        }
    }

    private SurveySource sourceFor(Path export) throws SurveyImportException {
        List<SurveySource> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparingInt(SurveySource::priority).reversed());
        for (SurveySource source : ordered) {
            try {
                if (source.accepts(export)) {
                    return source;
                }
            } catch (IOException e) {
                throw new SurveyImportException(export.getFileName() + ": cannot read: " + e.getMessage(), e);
            }
        }
        throw new SurveyImportException(export.getFileName() + ": not a survey export this workbench can read (readers: "
                + String.join(", ", ordered.stream().map(SurveySource::id).toList())
                + "); export the survey as CSV (UTF-8) or XLSX");
    }

    private static Map<String, String> mapping(Survey survey, ImportOptions options) throws SurveyImportException {
        if (!options.kpiColumns().isEmpty()) {
            return options.kpiColumns();
        }
        if (survey == null) {
            throw new SurveyImportException("survey '" + options.surveyName() + "' does not exist yet: give --map "
                    + "KPI=COLUMN (e.g. --map NPS=Q1) to create it from the export");
        }
        Map<String, String> fromQuestions = new LinkedHashMap<>();
        for (SurveyQuestion question : survey.getQuestions()) {
            if (question.getKpi() != null && question.getColumn() != null) {
                fromQuestions.put(question.getKpi().getCode(), question.getColumn());
            }
        }
        if (fromQuestions.isEmpty()) {
            throw new SurveyImportException("survey '" + options.surveyName() + "' has no question with a KPI and a "
                    + "column: give --map KPI=COLUMN");
        }
        return fromQuestions;
    }

    private static SurveyColumn resolve(ColumnResolver resolver, String reference, String option, String fileName)
            throws SurveyImportException {
        try {
            SurveyColumn column = resolver.resolve(reference);
            if (column == null) {
                throw new SurveyImportException(fileName + ": " + option + reference + ": no such column. Columns: "
                        + resolver.describeColumns());
            }
            return column;
        } catch (ColumnResolver.AmbiguousColumnException e) {
            throw new SurveyImportException(fileName + ": " + option + reference + ": " + e.getMessage());
        }
    }

    private static MappedAnswer mapAnswer(Strategy strategy, List<MappedAnswer> planned, String code, String reference,
            SurveyColumn column) throws SurveyImportException {
        KpiDefinition kpi = strategy.getKpiDefinitions().stream()
                .filter(d -> d.getCode() != null && d.getCode().equalsIgnoreCase(code)).findFirst().orElse(null);
        boolean created = false;
        if (kpi == null) {
            kpi = planned.stream().filter(a -> a.code().equalsIgnoreCase(code)).map(MappedAnswer::kpi).findFirst()
                    .orElse(null);
        }
        if (kpi == null) {
            kpi = DefaultKpiDefinitions.create(code).orElseThrow(() -> new SurveyImportException("--map " + code + "="
                    + reference + ": the strategy has no KPI definition with code " + code
                    + "; define it first (kind, scale) or use NPS, CSAT or CES"));
            created = true;
        }
        if (!RATING_KINDS.contains(kpi.getKind())) {
            throw new SurveyImportException("--map " + code + "=" + reference + ": KPI " + kpi.getCode() + " is of kind "
                    + kpi.getKind() + "; survey answers can only be imported into rating KPIs ("
                    + RATING_KINDS.stream().map(Enum::name).toList() + ")");
        }
        if (kpi.getScaleMax() < kpi.getScaleMin() || kpi.getScaleMax() - kpi.getScaleMin() > 1000) {
            throw new SurveyImportException("--map " + code + "=" + reference + ": KPI " + kpi.getCode()
                    + " has no usable scale (" + kpi.getScaleMin() + "-" + kpi.getScaleMax() + ")");
        }
        boolean newDefinition = created || planned.stream().anyMatch(a -> a.code().equalsIgnoreCase(code) && a.newDefinition());
        return new MappedAnswer(kpi, newDefinition, reference, column);
    }

    private static ResponseIdSet priorResponseIds(Strategy strategy, Survey survey) throws SurveyImportException {
        ResponseIdSet ids = new ResponseIdSet(1024);
        if (survey == null) {
            return ids;
        }
        for (ImportRecord record : strategy.getImports()) {
            if (record.getSurvey() == survey) {
                try {
                    ResponseIdDigest.decodeInto(record.getResponseIdDigest(), ids);
                } catch (IOException e) {
                    throw new SurveyImportException("import record " + record.getId() + " (" + record.getFileName()
                            + "): " + e.getMessage());
                }
            }
        }
        return ids;
    }

    private static void refuseReimport(Strategy strategy, String checksum, String fileName) throws SurveyImportException {
        for (ImportRecord record : strategy.getImports()) {
            if (checksum.equals(record.getChecksum())) {
                throw new SurveyImportException(fileName + " was already imported on " + record.getImportedAt() + " as "
                        + record.getFileName() + (record.getSurvey() != null ? " into survey '" + record.getSurvey().getName()
                        + "'" : "") + " (same SHA-256 " + checksum.substring(0, 12) + "...); nothing was changed");
            }
        }
    }

    static int monthOfPeriod(String period) throws SurveyImportException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(?:Q([1-4])|(0[1-9]|1[0-2]))").matcher(period);
        if (!m.matches()) {
            throw new SurveyImportException("the strategy's current period '" + period + "' is not like 2026-Q3 or 2026-09");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) != null ? (Integer.parseInt(m.group(2)) - 1) * 3 + 1 : Integer.parseInt(m.group(3));
        return year * 12 + month - 1;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("SHA-256 is not available", e);
        }
    }

    private ImportResult apply(Strategy strategy, Survey existingSurvey, ImportRun run, String fileName, String checksum,
            SurveyHeader header, ImportOptions options, List<MappedAnswer> answers, List<String> dimensionNames,
            String fixedPeriod, String periodSource) {
        CxStrategyFactory factory = CxStrategyFactory.eINSTANCE;
        List<String> definitionsAdded = new ArrayList<>();
        for (MappedAnswer answer : answers) {
            if (answer.newDefinition() && !strategy.getKpiDefinitions().contains(answer.kpi())) {
                strategy.getKpiDefinitions().add(answer.kpi());
                definitionsAdded.add(answer.code());
            }
        }
        Survey survey = existingSurvey;
        if (survey == null) {
            survey = factory.createSurvey();
            survey.setName(options.surveyName());
            strategy.getSurveys().add(survey);
        }
        for (MappedAnswer answer : answers) {
            boolean known = survey.getQuestions().stream()
                    .anyMatch(q -> q.getKpi() == answer.kpi() && answer.reference().equals(q.getColumn()));
            if (!known) {
                SurveyQuestion question = factory.createSurveyQuestion();
                question.setKpi(answer.kpi());
                question.setColumn(answer.reference());
                question.setText(answer.column().question());
                survey.getQuestions().add(question);
            }
        }
        for (String dimension : dimensionNames) {
            // the segment is known by its name (the --by of cxw kpi); it records the export column it came from
            if (strategy.getSegments().stream().noneMatch(s -> dimension.equals(s.getName()))) {
                SegmentDefinition segment = factory.createSegmentDefinition();
                segment.setName(dimension);
                segment.setColumn(options.segments().get(dimension));
                strategy.getSegments().add(segment);
            }
        }
        ResponseAggregator aggregator = new ResponseAggregator();
        run.tally().drainInto(aggregator, options.granularity(), dimensionNames, run.dictionaries());
        if (fixedPeriod != null) {
            // the fixed period keeps its own form (2026-Q3 or 2026-09) whatever the granularity option says
            ResponseAggregator fixed = new ResponseAggregator();
            aggregator.aggregates().forEach((key, counts) -> {
                for (int s = counts.lowest(); s <= counts.highest(); s++) {
                    fixed.add(key.kpiCode(), fixedPeriod, key.segmentKey(), s, counts.countOf(s));
                }
            });
            aggregator = fixed;
        }
        List<ResponseAggregator.MergedMeasurement> merged = aggregator.mergeInto(strategy, survey);

        ImportRecord record = factory.createImportRecord();
        record.setKind(ImportKind.SURVEY);
        record.setFileName(fileName);
        record.setChecksum(checksum);
        record.setImportedAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        record.setSurvey(survey);
        record.setRowsRead(run.rowsRead());
        record.setRowsAccepted(run.accepted());
        record.setRowsRejected(run.rejected());
        record.setDuplicates(run.duplicates());
        for (AnswerReject reject : run.rejects()) {
            ImportReject r = factory.createImportReject();
            r.setLine(reject.line());
            r.setResponseId(reject.responseId());
            r.setColumn(reject.column());
            r.setReason(reject.reason());
            record.getRejects().add(r);
        }
        int idCount = run.importedIds().size();
        record.setResponseIdDigest(ResponseIdDigest.encode(run.importedIds().drainSorted(), idCount));
        strategy.getImports().add(record);

        return result(run, fileName, checksum, header, survey.getName(), existingSurvey == null, answers, periodSource,
                definitionsAdded, merged, record);
    }

    private static ImportResult result(ImportRun run, String fileName, String checksum, SurveyHeader header,
            String surveyName, boolean created, List<MappedAnswer> answers, String periodSource,
            List<String> definitionsAdded, ImportRecord record) {
        return result(run, fileName, checksum, header, surveyName, created, answers, periodSource, definitionsAdded,
                List.of(), record);
    }

    private static ImportResult result(ImportRun run, String fileName, String checksum, SurveyHeader header,
            String surveyName, boolean created, List<MappedAnswer> answers, String periodSource,
            List<String> definitionsAdded, List<ResponseAggregator.MergedMeasurement> merged, ImportRecord record) {
        Map<String, int[]> touched = new TreeMap<>();
        Map<String, Long> answersPerPeriod = new TreeMap<>();
        for (ResponseAggregator.MergedMeasurement m : merged) {
            int[] t = touched.computeIfAbsent(m.key().period(), p -> new int[2]);
            t[0]++;
            t[1] += m.created() ? 1 : 0;
            if (m.key().segmentKey().isEmpty()) {
                answersPerPeriod.merge(m.key().period(), m.addedCount(), Long::sum);
            }
        }
        List<ImportResult.PeriodSummary> periods = new ArrayList<>();
        touched.forEach((period, t) -> periods.add(new ImportResult.PeriodSummary(period, t[0], t[1],
                answersPerPeriod.getOrDefault(period, 0L))));
        return new ImportResult(fileName, checksum, header.shape().label(), surveyName, created,
                List.copyOf(definitionsAdded), periodSource, run.rowsRead(), run.accepted(), run.rejected(),
                run.duplicates(), run.answersCounted(), run.answersRejected(), List.copyOf(run.rejects()), periods, record);
    }
}
