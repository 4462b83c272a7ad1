package org.cxworkbench.entities.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.rules.WorkflowStep;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Entity kinds for tests, built from model features like the step bundles' EntityKind components. */
final class TestKinds {

    private TestKinds() {
    }

    /** A guard with the given time limit and no failure log. */
    static KindGuard guard() {
        return new KindGuard(java.time.Duration.ofSeconds(10), null);
    }

    static EntityKind kind(String noun, EClass eClass, EReference container, Map<String, EReference> parents,
            List<EStructuralFeature> columns) {
        return kind(noun, eClass, container, parents, columns, element -> { });
    }

    /** A kind whose {@code afterChange} does what is given (throws, hangs, fills defaults). */
    static EntityKind kind(String noun, EClass eClass, EReference container, Map<String, EReference> parents,
            List<EStructuralFeature> columns, Consumer<EObject> afterChange) {
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

            @Override
            public void afterChange(EObject element) {
                afterChange.accept(element);
            }
        };
    }
}
