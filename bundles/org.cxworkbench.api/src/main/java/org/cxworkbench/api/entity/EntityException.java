package org.cxworkbench.api.entity;

/**
 * A change an {@link EntityEditor} refused, with a message for the user naming the field or element.
 *
 * @since 1.1
 */
public class EntityException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the change was refused. */
    public enum Reason {
        /** The noun names no registered kind. */
        UNKNOWN_KIND,
        /** No element of the kind has the given id. */
        NOT_FOUND,
        /** A value is missing or not acceptable, or another element requires the one to remove. */
        INVALID
    }

    private final Reason reason;

    public EntityException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public EntityException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** Why the change was refused. */
    public Reason reason() {
        return reason;
    }
}
