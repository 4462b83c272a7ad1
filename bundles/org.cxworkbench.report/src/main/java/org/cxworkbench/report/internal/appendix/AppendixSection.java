package org.cxworkbench.report.internal.appendix;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportSectionService;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.report.internal.ReportMessages;
import org.osgi.service.component.annotations.Component;

/**
 * Section 900, the appendix: how every KPI in the report is defined, and where the data came from (each
 * import with its checksum, row counts and its first rejected rows).
 */
@Component(service = ReportSection.class)
@ReportSectionService(id = "appendix", order = 900)
public final class AppendixSection implements ReportSection {

    @Override
    public Section build(ReportContext context) {
        ReportMessages messages = ReportMessages.forLocale(context.locale());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, messages.get("appendix.kpis.heading")));
        if (context.strategy().getKpiDefinitions().isEmpty()) {
            blocks.add(new Paragraph(messages.get("appendix.kpis.none")));
        } else {
            blocks.add(new KpiDefinitionTable(messages).table(context.strategy().getKpiDefinitions()));
        }
        blocks.add(new Heading(1, messages.get("appendix.provenance.heading")));
        blocks.addAll(new ProvenanceBlocks(messages).blocks(context.strategy().getImports()));
        return new Section("appendix", messages.get("section.appendix.title"), blocks);
    }
}
