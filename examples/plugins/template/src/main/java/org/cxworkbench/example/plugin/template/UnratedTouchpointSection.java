package org.cxworkbench.example.plugin.template;

import java.util.List;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportSectionService;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Table;
import org.cxworkbench.model.Touchpoint;
import org.osgi.service.component.annotations.Component;

/** A report section contributed by a plugin: the touchpoints still to be rated, in every report format. */
@Component
@ReportSectionService(id = "template.unrated", order = 350)
public final class UnratedTouchpointSection implements ReportSection {

    @Override
    public Section build(ReportContext context) {
        List<Touchpoint> unrated = UnratedTouchpoints.of(context.strategy());
        Table table = new Table("unrated", "Touchpoints without a rating for " + context.strategy().getCurrentPeriod(),
                List.of(Table.Column.of("id", "Id", Table.Kind.TEXT), Table.Column.of("name", "Touchpoint", Table.Kind.TEXT),
                        Table.Column.of("channel", "Channel", Table.Kind.TEXT)),
                unrated.stream().map(t -> List.of(Table.Cell.of(t.getId()), Table.Cell.of(t.getName()),
                        Table.Cell.of(t.getChannel().getName()))).toList(), false);
        List<Block> blocks = List.of(new Paragraph(unrated.isEmpty() ? "Every touchpoint is rated."
                : unrated.size() + " touchpoints still need a rating."), table);
        return new Section("template.unrated", "Touchpoints to rate (template plugin)", blocks);
    }
}
