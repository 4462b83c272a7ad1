package org.cxworkbench.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.entity.EntityEditor;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.store.StrategyStore;

/**
 * The entities bundle's generic engine for the kinds of a step bundle, wired as Declarative Services wires it
 * (its classes are internal, so through reflection, in one place): {@code cxw NOUN ...} commands and the
 * {@link EntityEditor} the web workbench uses. The entities bundle must be on the test class path.
 */
public final class EntityEngine {

    private static final String PACKAGE = "org.cxworkbench.entities.internal.";

    private EntityEngine() {
    }

    /** The {@code cxw NOUN add|list|show|update|remove|move} command of one kind. */
    public static CxwCommand command(EntityKind kind, StrategyStore store) throws ReflectiveOperationException {
        Class<?> guard = Class.forName(PACKAGE + "KindGuard");
        Constructor<?> constructor = Class.forName(PACKAGE + "EntityCommand").getDeclaredConstructor(EntityKind.class,
                StrategyStore.class, String.class, guard);
        constructor.setAccessible(true);
        return (CxwCommand) constructor.newInstance(kind, store, "test", guard.getConstructor().newInstance());
    }

    /** The editor with the given kinds registered. */
    public static EntityEditor editor(StrategyStore store, EntityKind... kinds) throws ReflectiveOperationException {
        Class<?> type = Class.forName(PACKAGE + "DefaultEntityEditor");
        Class<?> guard = Class.forName(PACKAGE + "KindGuard");
        EntityEditor editor = (EntityEditor) type.getConstructor(StrategyStore.class, guard)
                .newInstance(store, guard.getConstructor().newInstance());
        Method add = type.getDeclaredMethod("addKind", EntityKind.class);
        add.setAccessible(true);
        for (EntityKind kind : kinds) {
            add.invoke(editor, kind);
        }
        return editor;
    }
}
