package org.cxworkbench.optimise.internal.backlog;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.cxworkbench.model.BacklogItem;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.Identified;
import org.cxworkbench.model.Keyword;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Named;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.WorkStatus;
import org.cxworkbench.optimise.api.Alert;
import org.cxworkbench.optimise.internal.alerts.Goals;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns alerts into proposed backlog items (what to change next, with the evidence) and adds the new ones
 * to the strategy. An item is identified by its alert's trigger, so accepting twice adds nothing twice.
 */
public final class BacklogProposer {

    private final ResourceBundle texts;

    public BacklogProposer(Locale locale) {
        this.texts = ResourceBundle.getBundle("org.cxworkbench.optimise.internal.backlog.Proposals", locale,
                BacklogProposer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** One proposal per alert trigger, in the alerts' order, marked new or already in the backlog. */
    public List<Proposal> propose(Strategy strategy, List<Alert> alerts) {
        Map<String, String> existing = new HashMap<>();
        for (BacklogItem item : strategy.getBacklog()) {
            if (item.getTrigger() != null) {
                existing.putIfAbsent(item.getTrigger(), item.getId() == null ? "(unsaved)" : item.getId());
            }
        }
        Map<String, Identified> byId = index(strategy);
        Set<String> goalKpis = goalKpiCodes(byId);
        Map<String, Proposal> proposals = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            if (!proposals.containsKey(alert.trigger())) {
                proposals.put(alert.trigger(), proposal(strategy, alert, byId, goalKpis, existing.get(alert.trigger())));
            }
        }
        return new ArrayList<>(proposals.values());
    }

    /**
     * Adds the new proposals to the strategy's backlog as planned items created in {@code period}.
     *
     * @return the items added
     */
    public static List<BacklogItem> accept(Strategy strategy, List<Proposal> proposals, String period) {
        Set<String> triggers = new HashSet<>();
        strategy.getBacklog().forEach(item -> triggers.add(item.getTrigger()));
        Map<String, Identified> byId = index(strategy);
        List<BacklogItem> added = new ArrayList<>();
        for (Proposal proposal : proposals) {
            if (!proposal.isNew() || !triggers.add(proposal.trigger())) {
                continue;
            }
            BacklogItem item = CxStrategyFactory.eINSTANCE.createBacklogItem();
            item.setName(proposal.name());
            item.setDescription(proposal.description());
            item.setEvidence(proposal.evidence());
            item.setTrigger(proposal.trigger());
            item.setPriority(proposal.priority());
            item.setStatus(WorkStatus.PLANNED);
            item.setCreatedPeriod(period);
            item.setGoal(proposal.goalId() != null && byId.get(proposal.goalId()) instanceof Goal goal ? goal : null);
            item.setKpi(kpi(strategy, proposal.kpiCode()));
            strategy.getBacklog().add(item);
            added.add(item);
        }
        return added;
    }

    private Proposal proposal(Strategy strategy, Alert alert, Map<String, Identified> byId, Set<String> goalKpis,
            String existingId) {
        String goalId = null;
        String kpiCode = null;
        String subject;
        switch (alert.kind()) {
            case KPI_WORSENING -> {
                kpiCode = alert.subjectId();
                KpiDefinition kpi = kpi(strategy, kpiCode);
                subject = kpi == null ? kpiCode : kpi.getName() + " (" + kpiCode + ")";
            }
            case GOAL_MISSED, GOAL_OFF_TRACK -> {
                goalId = alert.subjectId();
                subject = byId.get(goalId) instanceof Goal g ? label(g) : goalId;
            }
            case COMPETITOR_OVERTOOK -> {
                String[] ids = alert.subjectId().split("/", 2);
                String competitor = ids.length == 2 ? name(byId.get(ids[1]), ids[1]) : alert.subjectId();
                subject = competitor + " (" + name(byId.get(ids[0]), ids[0]) + ")";
            }
            case RANK_DROP -> subject = byId.get(alert.subjectId()) instanceof Keyword k
                    ? k.getTerm() : alert.subjectId();
            default -> subject = name(byId.get(alert.subjectId()), alert.subjectId());
        }
        String name = new MessageFormat(texts.getString(alert.kind().name()), texts.getLocale()).format(new Object[] {subject});
        return new Proposal(name, alert.message(), alert.evidence(), alert.trigger(), priority(alert, goalKpis),
                goalId, kpiCode, existingId);
    }

    /** 1 for a missed goal or a worsening KPI that measures a goal, 3 for search ranks, 2 otherwise. */
    static int priority(Alert alert, Set<String> goalKpis) {
        return switch (alert.kind()) {
            case GOAL_MISSED -> 1;
            case KPI_WORSENING -> goalKpis.contains(alert.subjectId()) ? 1 : 2;
            case COMPETITOR_OVERTOOK, RANK_DROP -> 3;
            default -> 2;
        };
    }

    /** The codes of the KPIs that measure at least one goal. */
    private static Set<String> goalKpiCodes(Map<String, Identified> byId) {
        Set<String> codes = new HashSet<>();
        for (Identified element : byId.values()) {
            if (element instanceof Goal goal && goal.getKpi() != null) {
                codes.add(goal.getKpi().getCode());
            }
        }
        return codes;
    }

    private static Map<String, Identified> index(Strategy strategy) {
        Map<String, Identified> byId = new HashMap<>();
        for (TreeIterator<EObject> it = strategy.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Identified element && element.getId() != null) {
                byId.putIfAbsent(element.getId(), element);
            }
        }
        return byId;
    }

    private static KpiDefinition kpi(Strategy strategy, String code) {
        if (code == null) {
            return null;
        }
        return strategy.getKpiDefinitions().stream().filter(d -> code.equals(d.getCode())).findFirst().orElse(null);
    }

    private static String name(Identified element, String fallback) {
        if (element instanceof Named named && named.getName() != null && !named.getName().isBlank()) {
            return named.getName();
        }
        if (element instanceof Keyword keyword && keyword.getTerm() != null) {
            return keyword.getTerm();
        }
        return fallback;
    }

    private static String label(Goal goal) {
        return Goals.label(goal);
    }
}
