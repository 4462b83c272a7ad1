package org.cxworkbench.competitors.internal.entities;

import java.time.LocalDate;
import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.RankObservation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw rank ...}: who came up where when a keyword was typed into the search bar. Without
 * {@code --competitor} the observation is of the own brand; without {@code --date} it is today's; without
 * {@code --position} the subject was not found in the results checked.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "rank")
public final class RankObservationKind implements EntityKind {

    @Override
    public String noun() {
        return "rank";
    }

    @Override
    public EClass eClass() {
        return Literals.RANK_OBSERVATION;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.COMPETITORS;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__RANK_OBSERVATIONS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.RANK_OBSERVATION__KEYWORD, Literals.RANK_OBSERVATION__COMPETITOR,
                Literals.RANK_OBSERVATION__DATE, Literals.RANK_OBSERVATION__POSITION);
    }

    @Override
    public void afterChange(EObject element) {
        RankObservation observation = (RankObservation) element;
        String name = ElementLabel.of("rank observation", observation);
        if (observation.getKeyword() == null) {
            throw new IllegalArgumentException(name + " needs the keyword it was observed for (--keyword)");
        }
        if (observation.getDate() == null || observation.getDate().isBlank()) {
            observation.setDate(LocalDate.now().toString());
        }
        IsoDate.requireValidIfSet(observation.getDate(), name);
        observation.setDate(observation.getDate().strip());
        if (observation.isSetPosition() && observation.getPosition() < 1) {
            throw new IllegalArgumentException(name + ": position " + observation.getPosition()
                    + " must be 1 or more (leave it unset when not found in the results)");
        }
    }
}
