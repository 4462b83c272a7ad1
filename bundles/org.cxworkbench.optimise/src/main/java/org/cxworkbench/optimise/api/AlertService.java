package org.cxworkbench.optimise.api;

import java.util.List;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/** Finds what needs attention in a strategy for one period. */
@ProviderType
public interface AlertService {

    /**
     * The alerts of the period, most severe first: KPIs worsening two periods in a row (by each definition's
     * polarity), goals off track or missed, tactics and steps overdue at the end of the period, and rank
     * changes on the top five keywords (a competitor overtaking the brand, or the brand dropping three or
     * more places).
     *
     * @param period a period like {@code 2026-Q3} or {@code 2026-09}
     * @throws IllegalArgumentException naming the period if it is not one
     */
    List<Alert> alerts(Strategy strategy, String period);
}
