package org.cxworkbench.api.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Typed service properties of a {@link CxwCommand}:
 * {@code @CxwCommandService(command = "status", summary = "...")} next to {@code @Component}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CxwCommandService {

    /** Prefix of the generated property names ({@code cxw.command}, {@code cxw.summary}, {@code cxw.group}). */
    String PREFIX_ = "cxw.";

    /** The command name. */
    String command();

    /** One line for {@code cxw help}. */
    String summary();

    /** Help group, e.g. {@code strategy}, {@code steps}, {@code measure}, {@code report}, {@code runtime}. */
    String group() default "general";
}
