package org.cxworkbench.testplugin.faulty;

import java.util.List;

import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportSectionService;
import org.cxworkbench.api.report.Section;
import org.osgi.service.component.annotations.Component;

/** A broken plugin report section: it never finishes. */
@Component
@ReportSectionService(id = "faulty.hangs", order = 950)
public final class HangingSection implements ReportSection {

    @Override
    public Section build(ReportContext context) {
        Hang.untilInterrupted();
        return new Section("faulty.hangs", "Never finished", List.of());
    }
}
