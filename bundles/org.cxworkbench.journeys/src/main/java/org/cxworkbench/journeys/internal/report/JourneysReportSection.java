package org.cxworkbench.journeys.internal.report;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Chart;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportSectionService;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.api.report.Table.Cell;
import org.cxworkbench.api.report.Table.Column;
import org.cxworkbench.journeys.internal.links.PainPointTactics;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.MomentOfDelight;
import org.cxworkbench.model.PainPoint;
import org.cxworkbench.model.Persona;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Touchpoint;
import org.osgi.service.component.annotations.Component;

/**
 * The report section {@code journeys} (step 5): the personas, and per journey a stage table and an emotion
 * curve chart.
 */
@Component(service = ReportSection.class)
@ReportSectionService(id = JourneysReportSection.ID, order = 500)
public final class JourneysReportSection implements ReportSection {

    static final String ID = "journeys";

    /** Items of one cell are separated by semicolons. */
    private static final String ITEM_SEPARATOR = "; ";

    @Override
    public Section build(ReportContext context) {
        ReportTexts texts = new ReportTexts(context.locale());
        Strategy strategy = context.strategy();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, texts.text("personas.heading")));
        blocks.add(strategy.getPersonas().isEmpty() ? new Paragraph(texts.text("personas.none")) : personas(strategy, texts));
        if (strategy.getJourneys().isEmpty()) {
            blocks.add(new Paragraph(texts.text("journeys.none")));
        }
        int index = 1;
        for (Journey journey : strategy.getJourneys()) {
            journey(strategy, journey, index++, texts, blocks);
        }
        return new Section(ID, texts.text("title"), blocks);
    }

    private static Table personas(Strategy strategy, ReportTexts texts) {
        List<Column> columns = List.of(
                Column.of("name", texts.text("personas.name"), Table.Kind.TEXT),
                Column.of("needs", texts.text("personas.needs"), Table.Kind.TEXT),
                Column.of("fears", texts.text("personas.fears"), Table.Kind.TEXT),
                Column.of("desires", texts.text("personas.desires"), Table.Kind.TEXT),
                Column.of("goals", texts.text("personas.goals"), Table.Kind.TEXT),
                Column.of("behaviours", texts.text("personas.behaviours"), Table.Kind.TEXT),
                Column.of("channels", texts.text("personas.channels"), Table.Kind.TEXT));
        List<List<Cell>> rows = new ArrayList<>();
        for (Persona persona : strategy.getPersonas()) {
            rows.add(List.of(Cell.of(persona.getName()), items(persona.getNeeds()), items(persona.getFears()),
                    items(persona.getDesires()), items(persona.getPersonaGoals()), items(persona.getBehaviours()),
                    items(persona.getPreferredChannels().stream().map(c -> texts.literal("channel", c)).toList())));
        }
        return new Table("personas", "", columns, rows, false);
    }

    private static void journey(Strategy strategy, Journey journey, int index, ReportTexts texts, List<Block> blocks) {
        blocks.add(new Heading(1, texts.format("journey.heading", journey.getName())));
        blocks.add(new Paragraph(journey.getPersona() == null ? texts.text("journey.noPersona")
                : texts.format("journey.persona", journey.getPersona().getName())));
        if (journey.getStages().isEmpty()) {
            blocks.add(new Paragraph(texts.text("journey.noStages")));
            return;
        }
        List<Column> columns = List.of(
                Column.of("stage", texts.text("stage.name"), Table.Kind.TEXT),
                Column.of("actions", texts.text("stage.actions"), Table.Kind.TEXT),
                Column.of("touchpoints", texts.text("stage.touchpoints"), Table.Kind.TEXT),
                Column.of("emotion", texts.text("stage.emotion"), Table.Kind.DECIMAL),
                Column.of("painPoints", texts.text("stage.painPoints"), Table.Kind.TEXT),
                Column.of("delights", texts.text("stage.delights"), Table.Kind.TEXT));
        List<List<Cell>> rows = new ArrayList<>();
        for (JourneyStage stage : journey.getStages()) {
            rows.add(List.of(Cell.of(stage.getName()), items(stage.getActions()),
                    items(stage.getTouchpoints().stream().map(Touchpoint::getName).toList()),
                    new Cell(stage.isSetEmotionScore() ? stage.getEmotionScore() : null, emotionStatus(stage)),
                    new Cell(join(stage.getPainPoints().stream().map(PainPoint::getText).toList()), painStatus(strategy, stage)),
                    items(stage.getDelights().stream().map(MomentOfDelight::getText).toList())));
        }
        blocks.add(new Table("journey-" + index, "", columns, rows, false));
        List<Double> scores = journey.getStages().stream()
                .map(s -> s.isSetEmotionScore() ? s.getEmotionScore() : Double.NaN).toList();
        blocks.add(new Chart("emotion-curve-" + index, texts.format("chart.title", journey.getName()), Chart.Kind.LINE,
                journey.getStages().stream().map(JourneyStage::getName).toList(),
                List.of(new Chart.Series(texts.text("chart.series"), scores)), texts.text("chart.axis")));
    }

    private static Status emotionStatus(JourneyStage stage) {
        if (!stage.isSetEmotionScore()) {
            return Status.NEUTRAL;
        }
        double score = stage.getEmotionScore();
        return score > 0 ? Status.GOOD : score < 0 ? Status.BAD : Status.WARNING;
    }

    /** Red when a pain point of the stage is not addressed by any tactic. */
    private static Status painStatus(Strategy strategy, JourneyStage stage) {
        boolean unaddressed = stage.getPainPoints().stream().anyMatch(p -> PainPointTactics.of(strategy, p).isEmpty());
        return unaddressed ? Status.BAD : Status.NEUTRAL;
    }

    private static Cell items(List<String> items) {
        return Cell.of(join(items));
    }

    private static String join(List<String> items) {
        List<String> present = items.stream().filter(i -> i != null && !i.isBlank()).toList();
        return present.isEmpty() ? null : String.join(ITEM_SEPARATOR, present);
    }
}
