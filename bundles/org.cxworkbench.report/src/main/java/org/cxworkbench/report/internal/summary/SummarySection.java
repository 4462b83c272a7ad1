package org.cxworkbench.report.internal.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.BulletList;
import org.cxworkbench.api.report.Heading;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.Paragraph;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.ReportSection;
import org.cxworkbench.api.report.ReportSectionService;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.api.rules.WorkflowReport;
import org.cxworkbench.api.rules.WorkflowService;
import org.cxworkbench.model.OptimisationReview;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.report.internal.ReportMessages;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Section 100, the executive summary: where the nine steps stand, the KPI scorecard against the period
 * before and the goals' targets, the top alerts, and the decisions of the period's optimisation review.
 * Every service it reads is optional: what is not installed is said in the section, not left out silently.
 */
@Component(service = ReportSection.class)
@ReportSectionService(id = "summary", order = 100)
public final class SummarySection implements ReportSection {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile WorkflowService workflow;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile KpiService kpis;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile GoalTracker goals;

    public SummarySection() {
    }

    /** A summary over the given services, each of which may be {@code null} (for tests). */
    public SummarySection(WorkflowService workflow, KpiService kpis, GoalTracker goals) {
        this.workflow = workflow;
        this.kpis = kpis;
        this.goals = goals;
    }

    @Override
    public Section build(ReportContext context) {
        ReportMessages messages = ReportMessages.forLocale(context.locale());
        Locale locale = context.locale();
        Strategy strategy = context.strategy();
        String period = context.period();
        WorkflowService workflowNow = workflow;
        KpiService kpisNow = kpis;
        GoalTracker goalsNow = goals;

        List<Block> blocks = new ArrayList<>();
        WorkflowReport steps = workflowNow == null ? null : workflowNow.evaluate(strategy);
        List<KpiLine> lines = kpisNow == null ? List.of()
                : new KpiScorecard(kpisNow, goalsNow).lines(strategy, period);

        blocks.add(new Heading(1, messages.get("summary.steps.heading")));
        if (steps == null) {
            blocks.add(new Notice(Status.WARNING, messages.get("summary.steps.unavailable")));
        } else {
            blocks.addAll(new StepOverview(messages).blocks(steps));
        }

        blocks.add(new Heading(1, messages.get("summary.kpis.heading", period)));
        if (kpisNow == null) {
            blocks.add(new Notice(Status.WARNING, messages.get("summary.kpis.unavailable")));
        } else if (lines.isEmpty()) {
            blocks.add(new Paragraph(messages.get("summary.kpis.none", period)));
        } else {
            blocks.addAll(new ScorecardBlocks(messages, locale).blocks(lines, period, context, kpisNow));
        }

        blocks.add(new Heading(1, messages.get("summary.alerts.heading")));
        List<String> alerts = new TopAlerts(messages, locale).alerts(strategy, period, steps, lines, goalsNow);
        blocks.add(alerts.isEmpty() ? new Paragraph(messages.get("summary.alerts.none"))
                : new BulletList(alerts));

        blocks.add(new Heading(1, messages.get("summary.decisions.heading", period)));
        blocks.addAll(decisions(strategy, period, messages));
        return new Section("summary", messages.get("section.summary.title"), blocks);
    }

    private static List<Block> decisions(Strategy strategy, String period, ReportMessages messages) {
        List<Block> blocks = new ArrayList<>();
        for (OptimisationReview review : strategy.getReviews()) {
            if (!period.equals(review.getPeriod())) {
                continue;
            }
            String date = review.getDate() == null ? period : review.getDate();
            String people = String.join(", ", review.getParticipants());
            blocks.add(new Paragraph(people.isEmpty() ? messages.get("summary.decisions.review", date)
                    : messages.get("summary.decisions.reviewWith", date, people)));
            blocks.add(review.getDecisions().isEmpty() ? new Paragraph(messages.get("summary.decisions.empty"))
                    : new BulletList(review.getDecisions()));
        }
        if (blocks.isEmpty()) {
            blocks.add(new Paragraph(messages.get("summary.decisions.none", period)));
        }
        return blocks;
    }
}
