package org.cxworkbench.survey.internal.entities;

import java.util.List;
import java.util.Set;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw survey add|list|show|update|remove}: surveys with their purpose, trigger, channel and audience,
 * e.g. {@code cxw survey add acme.cxs --name "Post-purchase survey" --trigger "after a purchase"}.
 * {@code cxw import-survey} also creates a survey from its column mapping.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "survey")
public final class SurveyKind implements EntityKind {

    @Override
    public String noun() {
        return "survey";
    }

    @Override
    public EClass eClass() {
        return Literals.SURVEY;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.SURVEYS;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__SURVEYS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.NAMED__NAME, Literals.SURVEY__TRIGGER, Literals.SURVEY__CHANNEL,
                Literals.SURVEY__QUESTIONS);
    }

    @Override
    public Set<EStructuralFeature> readOnly() {
        return Set.of(Literals.SURVEY__QUESTIONS);
    }
}
