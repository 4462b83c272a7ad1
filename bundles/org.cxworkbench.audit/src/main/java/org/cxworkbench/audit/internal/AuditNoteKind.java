package org.cxworkbench.audit.internal;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.TouchpointNote;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw note add FILE --touchpoint ID --kind PAIN_POINT --text "..." [--frequency N]}: what the audit noted on a
 * touchpoint: a pain point, an opportunity, something that works well, or a threat.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "note")
public final class AuditNoteKind implements EntityKind {

    @Override
    public String noun() {
        return "note";
    }

    @Override
    public EClass eClass() {
        return Literals.TOUCHPOINT_NOTE;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.AUDIT;
    }

    @Override
    public EReference defaultContainer() {
        return null;
    }

    @Override
    public Map<String, EReference> parentOptions() {
        return Map.of("--touchpoint", Literals.TOUCHPOINT__NOTES);
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.TOUCHPOINT_NOTE__KIND, Literals.TOUCHPOINT_NOTE__TEXT,
                Literals.TOUCHPOINT_NOTE__FREQUENCY);
    }

    @Override
    public void afterChange(EObject element) {
        TouchpointNote note = (TouchpointNote) element;
        if (note.getText() == null || note.getText().isBlank()) {
            throw new IllegalArgumentException("a note needs its text: --text \"Long wait to reach an agent\"");
        }
        if (note.isSetFrequency() && note.getFrequency() < 1) {
            throw new IllegalArgumentException("--frequency " + note.getFrequency() + " must be 1 or more");
        }
    }
}
