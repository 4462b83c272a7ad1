package org.cxworkbench.store.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.model.Identified;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * Gives elements without an id a readable, stable one: {@code goal-1}, {@code tactic-step-4}. Numbers are
 * never reused while a higher one exists, so ids survive edits and merges of strategy files.
 */
public final class IdAssigner {

    private static final Pattern NUMBERED = Pattern.compile("(.+)-(\\d+)");

    private IdAssigner() {
    }

    /** Assigns ids inside {@code root} (the root itself included). */
    public static void assign(EObject root) {
        Map<String, Integer> highest = new HashMap<>();
        forEach(root, element -> {
            String id = element.getId();
            if (id != null) {
                Matcher m = NUMBERED.matcher(id);
                if (m.matches() && m.group(2).length() < 9) {
                    highest.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
                }
            }
        });
        forEach(root, element -> {
            if (element.getId() == null || element.getId().isBlank()) {
                String prefix = prefixOf(element);
                int next = highest.merge(prefix, 1, Integer::sum);
                element.setId(prefix + "-" + next);
            }
        });
    }

    /** The id prefix of an element: its class name in lower case with dashes, e.g. {@code tactic-step}. */
    public static String prefixOf(EObject element) {
        String name = element.eClass().getName();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static void forEach(EObject root, java.util.function.Consumer<Identified> action) {
        if (root instanceof Identified identified) {
            action.accept(identified);
        }
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Identified identified) {
                action.accept(identified);
            }
        }
    }
}
