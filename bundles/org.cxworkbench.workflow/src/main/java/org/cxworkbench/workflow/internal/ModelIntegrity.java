package org.cxworkbench.workflow.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.model.Identified;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Structural checks of a strategy with EMF's Diagnostician: required values, multiplicities, references. */
final class ModelIntegrity {

    private ModelIntegrity() {
    }

    /** One message per problem, naming the element by id. */
    static List<String> check(Strategy strategy) {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(strategy);
        List<String> problems = new ArrayList<>();
        collect(diagnostic, problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<String> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                problems.add(describe(diagnostic));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }

    private static String describe(Diagnostic diagnostic) {
        for (Object o : diagnostic.getData()) {
            if (o instanceof Identified identified && identified.getId() != null) {
                return identified.getId() + ": " + diagnostic.getMessage();
            }
            if (o instanceof EObject e) {
                return e.eClass().getName() + ": " + diagnostic.getMessage();
            }
        }
        return diagnostic.getMessage();
    }
}
