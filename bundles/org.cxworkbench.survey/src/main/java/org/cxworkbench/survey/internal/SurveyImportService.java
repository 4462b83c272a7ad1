package org.cxworkbench.survey.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.survey.SourceOptions;
import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.api.survey.SurveyFormatException;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.api.survey.SurveyRows;
import org.cxworkbench.api.survey.SurveySource;
import org.cxworkbench.containment.FailureLogs;
import org.cxworkbench.containment.Heartbeat;
import org.cxworkbench.containment.ServiceOrigin;
import org.cxworkbench.containment.TimeLimitedCalls;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The survey import: plans the mapping against the strategy, streams the rows of the export through the
 * matching {@link SurveySource}, checks and tallies every answer, and applies the result to the strategy
 * only when nothing refuses the import.
 *
 * <p>Survey sources are contained. {@code priority()} and {@code accepts} get a short time limit
 * ({@value #ACCEPTS_TIMEOUT_PROPERTY}, 5 s by default); a source that throws or does not answer there is skipped
 * with a warning naming it and its bundle. The chosen source is opened and read on a worker thread that is
 * abandoned when no row arrives for {@value #STALL_PROPERTY} seconds (60 by default, counted from the start for
 * the opening); that, or an unchecked exception from the source's code while opening or reading, refuses the
 * import with a message naming the source and its bundle, and nothing is changed. Failures are recorded in the
 * {@link PluginFailureLog}, if one is installed.
 */
@Component(service = { SurveyImporter.class, SurveyImports.class }, property = {
        SurveyImportService.ACCEPTS_TIMEOUT_PROPERTY + ":Integer=5", SurveyImportService.STALL_PROPERTY + ":Integer=60" })
public final class SurveyImportService implements SurveyImporter, SurveyImports {

    /** Component property: how long a source may take to say whether it reads a file, in seconds. */
    static final String ACCEPTS_TIMEOUT_PROPERTY = "source.accepts.timeout.seconds";
    /** Component property: how long the chosen source may go without delivering a row, in seconds. */
    static final String STALL_PROPERTY = "source.stall.seconds";

    private static final List<KpiKind> RATING_KINDS = List.of(KpiKind.NPS, KpiKind.CSAT, KpiKind.CES,
            KpiKind.CUSTOM_RATING, KpiKind.YES_NO);

    /** What the worker thread read from the export; the strategy is changed only after, by the caller. */
    private record ExportRead(SurveyHeader header, List<MappedAnswer> answers, SurveyColumn dateColumn,
            String fixedPeriod, List<String> dimensionNames, ImportRun run, String sha256) {
    }

    private final List<SourceEntry> sources = new CopyOnWriteArrayList<>();
    private final TimeLimitedCalls calls = new TimeLimitedCalls("cxw-survey-source");
    private volatile Duration acceptsTimeout = Duration.ofSeconds(5);
    private volatile Duration stallLimit = Duration.ofSeconds(60);
    private volatile PluginFailureLog failureLog;

    @Activate
    void activate(Map<String, Object> properties) {
        acceptsTimeout = seconds(properties.get(ACCEPTS_TIMEOUT_PROPERTY), acceptsTimeout);
        stallLimit = seconds(properties.get(STALL_PROPERTY), stallLimit);
    }

    @Deactivate
    public void deactivate() {
        calls.close();
    }

    /** Sets the time limit of {@code priority()} and {@code accepts}, and the stall limit of reading (tests). */
    public void limits(Duration accepts, Duration stall) {
        acceptsTimeout = accepts;
        stallLimit = stall;
    }

    private static Duration seconds(Object value, Duration fallback) {
        return value == null ? fallback : Duration.ofSeconds(Math.max(1, Long.parseLong(String.valueOf(value).strip())));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setFailureLog(PluginFailureLog log) {
        failureLog = log;
    }

    public void unsetFailureLog(PluginFailureLog log) {
        if (failureLog == log) {
            failureLog = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindSource(SurveySource source, Map<String, Object> properties) {
        Object id = properties.get(SurveySource.ID);
        if (id == null) {
            id = properties.get("component.name");
        }
        addSource(source, id == null ? source.getClass().getName() : id.toString(), ServiceOrigin.bundleOf(source));
    }

    void unbindSource(SurveySource source) {
        removeSource(source);
    }

    /** Adds a source outside OSGi (tests, embedders); its id is asked from the source. */
    public void addSource(SurveySource source) {
        addSource(source, source.id(), ServiceOrigin.bundleOf(source));
    }

    /** Adds a source with the id and bundle that messages name it by. */
    public void addSource(SurveySource source, String id, String bundle) {
        sources.add(new SourceEntry(source, id, bundle));
    }

    public void removeSource(SurveySource source) {
        sources.removeIf(entry -> entry.source() == source);
    }

    @Override
    public ImportResult importExport(Strategy strategy, Path export, ImportOptions options) throws SurveyImportException {
        return importWithWarnings(strategy, export, options).result();
    }

    @Override
    public Outcome importWithWarnings(Strategy strategy, Path export, ImportOptions options)
            throws SurveyImportException {
        List<String> warnings = new ArrayList<>();
        try {
            return new Outcome(importExport(strategy, export, options, warnings), warnings);
        } catch (SurveyImportException e) {
            if (warnings.isEmpty()) {
                throw e;
            }
            throw new SurveyImportException(e.getMessage() + " (" + String.join("; ", warnings) + ")", e.getCause(),
                    e.wouldHaveImported().orElse(null));
        }
    }

    private ImportResult importExport(Strategy strategy, Path export, ImportOptions options, List<String> warnings)
            throws SurveyImportException {
        String fileName = export.getFileName().toString();
        if (!Files.isRegularFile(export)) {
            throw new SurveyImportException(export + ": no such file");
        }
        SourceEntry source = sourceFor(export, warnings);
        Survey survey = strategy.getSurveys().stream().filter(s -> options.surveyName().equals(s.getName()))
                .findFirst().orElse(null);
        Map<String, String> mapping = mapping(survey, options);
        ResponseIdSet priorIds = priorResponseIds(strategy, survey);
        ExportRead read = read(source, export, strategy, options, mapping, priorIds);
        String checksum;
        try {
            checksum = read.sha256() != null ? read.sha256() : sha256(export);
        } catch (IOException e) {
            throw new SurveyImportException(fileName + ": cannot read: " + e.getMessage(), e);
        }
        refuseReimport(strategy, checksum, fileName);
        ImportRun run = read.run();
        String periodSource = read.dateColumn() != null ? "column " + read.dateColumn().id()
                : "current period " + read.fixedPeriod();
        if (options.strict() && run.strictFailures() > 0) {
            ImportResult wouldHave = result(run, fileName, checksum, read.header(), options.surveyName(),
                    survey == null, read.answers(), periodSource, List.of(), null);
            throw new SurveyImportException(fileName + ": --strict: " + run.answersRejected() + " answer(s) and "
                    + run.badDateRows() + " row(s) with a bad date rejected; nothing was imported. First: "
                    + run.rejects().get(0).line() + ": " + run.rejects().get(0).column() + ": "
                    + run.rejects().get(0).reason(), null, wouldHave);
        }
        return apply(strategy, survey, run, fileName, checksum, read.header(), options, read.answers(),
                read.dimensionNames(), read.fixedPeriod(), periodSource);
    }

    /**
     * Opens and reads the export with the source on a worker thread, abandoned when no row arrives for the stall
     * limit. Reads the strategy but does not change it.
     */
    private ExportRead read(SourceEntry source, Path export, Strategy strategy, ImportOptions options,
            Map<String, String> mapping, ResponseIdSet priorIds) throws SurveyImportException {
        String fileName = export.getFileName().toString();
        try {
            return calls.callWhileAlive(stallLimit, heartbeat -> readRows(source, export, strategy, options, mapping,
                    priorIds, heartbeat));
        } catch (TimeoutException e) {
            throw sourceFailed(source, fileName, "delivered no row for " + TimeLimitedCalls.describe(stallLimit)
                    + " and was stopped");
        } catch (GuardedRows.SourceFailure e) {
            throw sourceFailed(source, fileName, "failed: " + e.getCause());
        } catch (CancellationException e) {
            throw new SurveyImportException(fileName + ": the import was interrupted; nothing was imported");
        } catch (SurveyImportException e) {
            throw e;
        } catch (SurveyFormatException e) {
            throw new SurveyImportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new SurveyImportException(fileName + ": cannot read: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("unexpected exception while reading " + fileName, e);
        }
    }

    private ExportRead readRows(SourceEntry source, Path export, Strategy strategy, ImportOptions options,
            Map<String, String> mapping, ResponseIdSet priorIds, Heartbeat heartbeat)
            throws SurveyImportException, SurveyFormatException, IOException {
        String fileName = export.getFileName().toString();
        SurveyRows opened;
        try {
            opened = source.source().open(export, new SourceOptions(options.sheet()));
        } catch (RuntimeException e) {
            throw new GuardedRows.SourceFailure(e);
        }
        if (opened == null) {
            throw new GuardedRows.SourceFailure(new IllegalStateException("open() returned null instead of rows"));
        }
        heartbeat.beat();
        try (SurveyRows rows = new GuardedRows(opened, heartbeat)) {
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
            ImportRun run = new ImportRun(fileName, answers, idColumn, dateColumn, segmentColumns,
                    fixedPeriod == null ? -1 : monthOfPeriod(fixedPeriod), priorIds, options);
            run.readAll(rows);
            return new ExportRead(header, answers, dateColumn, fixedPeriod, dimensionNames, run, rows.sha256());
        }
    }

    private SurveyImportException sourceFailed(SourceEntry source, String fileName, String what) {
        String message = source.describe() + " " + what + " while reading " + fileName;
        FailureLogs.record(failureLog, source.bundle(), PluginFailureLog.SURVEY_SOURCE, source.id(), message);
        return new SurveyImportException(fileName + ": " + source.describe() + " " + what + "; nothing was imported");
    }

    /**
     * The source that reads the file: the first, highest priority first, whose {@code accepts} says yes. A source
     * that throws or does not answer in time (in {@code priority()} or {@code accepts}) is skipped with a warning.
     */
    private SourceEntry sourceFor(Path export, List<String> warnings) throws SurveyImportException {
        String fileName = export.getFileName().toString();
        List<SourceEntry> ordered = new ArrayList<>();
        Map<SourceEntry, Integer> priorities = new HashMap<>();
        for (SourceEntry entry : sources) {
            try {
                priorities.put(entry, calls.call(acceptsTimeout, () -> entry.source().priority()));
                ordered.add(entry);
            } catch (TimeoutException e) {
                warnings.add(skipped(entry, "it did not tell its priority within "
                        + TimeLimitedCalls.describe(acceptsTimeout)));
            } catch (CancellationException e) {
                throw new SurveyImportException(fileName + ": the import was interrupted; nothing was imported");
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                warnings.add(skipped(entry, "priority() failed: " + e));
            }
        }
        ordered.sort(Comparator.comparing((SourceEntry entry) -> priorities.get(entry)).reversed());
        for (SourceEntry entry : ordered) {
            try {
                if (Boolean.TRUE.equals(calls.call(acceptsTimeout, () -> entry.source().accepts(export)))) {
                    return entry;
                }
            } catch (IOException e) {
                throw new SurveyImportException(fileName + ": cannot read: " + e.getMessage(), e);
            } catch (TimeoutException e) {
                warnings.add(skipped(entry, "it did not answer within " + TimeLimitedCalls.describe(acceptsTimeout)
                        + " whether it reads " + fileName));
            } catch (CancellationException e) {
                throw new SurveyImportException(fileName + ": the import was interrupted; nothing was imported");
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                warnings.add(skipped(entry, "accepts(" + fileName + ") failed: " + e));
            }
        }
        throw new SurveyImportException(fileName + ": not a survey export this workbench can read (readers: "
                + String.join(", ", ordered.stream().map(SourceEntry::id).toList())
                + "); export the survey as CSV (UTF-8) or XLSX");
    }

    private String skipped(SourceEntry source, String reason) {
        String message = source.describe() + " was skipped: " + reason;
        FailureLogs.record(failureLog, source.bundle(), PluginFailureLog.SURVEY_SOURCE, source.id(), message);
        return message;
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
