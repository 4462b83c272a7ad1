package org.cxworkbench.api.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Typed service properties of a {@link StepRule}: {@code @StepRuleService(step = 1, id = "goals.smart")}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StepRuleService {

    /** Prefix of the generated property names ({@code cxw.rule.step}, {@code cxw.rule.id}). */
    String PREFIX_ = "cxw.rule.";

    /** The workflow step, 1 to 9. */
    int step();

    /** The rule id. */
    String id();
}
