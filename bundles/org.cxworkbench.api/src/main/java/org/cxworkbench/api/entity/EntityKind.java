package org.cxworkbench.api.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.api.rules.WorkflowStep;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Describes one kind of model element that users edit from the command line, registered as a whiteboard
 * service with {@link EntityKindService}. For every kind the workbench offers the same five verbs:
 * {@code cxw NOUN add|list|show|update|remove FILE ...}; options are derived from the EClass features
 * ({@code targetChange} becomes {@code --target-change}).
 */
@ConsumerType
public interface EntityKind {

    /** Service property: the command-line noun, e.g. {@code goal}. */
    String NOUN = "cxw.entity.noun";

    /** The command-line noun, e.g. {@code goal} or {@code touchpoint}. */
    String noun();

    /** The EClass of the elements. */
    EClass eClass();

    /** The workflow step these elements belong to. */
    WorkflowStep step();

    /**
     * The containment feature of {@code Strategy} new elements go into when no parent option is given, or
     * {@code null} if a parent option is required (a journey stage needs its journey).
     */
    EReference defaultContainer();

    /**
     * Parent options: option name (e.g. {@code --parent}, {@code --journey}) to the containment reference
     * of the parent's class that holds the new element. The option's value is the parent's id.
     */
    default Map<String, EReference> parentOptions() {
        return Map.of();
    }

    /** The features {@code list} shows as columns, in order (the id always comes first). */
    List<EStructuralFeature> listColumns();

    /** Features that users cannot set with options: results computed by the workbench. */
    default Set<EStructuralFeature> readOnly() {
        return Set.of();
    }

    /**
     * Called after an element was added or updated, before the strategy is saved, to fill defaults.
     *
     * @throws IllegalArgumentException with a message for the user if the element is not acceptable;
     *         the change is then not saved
     */
    default void afterChange(EObject element) {
    }
}
