package org.cxworkbench.entities.internal;

import java.util.List;
import java.util.Map;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.rules.WorkflowStep;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Entity kinds for tests, built from model features like the step bundles' EntityKind components. */
final class TestKinds {

    private TestKinds() {
    }

    static EntityKind kind(String noun, EClass eClass, EReference container, Map<String, EReference> parents,
            List<EStructuralFeature> columns) {
        return new EntityKind() {
            @Override
            public String noun() {
                return noun;
            }

            @Override
            public EClass eClass() {
                return eClass;
            }

            @Override
            public WorkflowStep step() {
                return WorkflowStep.GOALS;
            }

            @Override
            public EReference defaultContainer() {
                return container;
            }

            @Override
            public Map<String, EReference> parentOptions() {
                return parents;
            }

            @Override
            public List<EStructuralFeature> listColumns() {
                return columns;
            }
        };
    }
}
