package org.cxworkbench.api.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Typed service property of an {@link EntityKind}: {@code @EntityKindService(noun = "goal")}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EntityKindService {

    /** Prefix of the generated property name ({@code cxw.entity.noun}). */
    String PREFIX_ = "cxw.entity.";

    /** The command-line noun. */
    String noun();
}
