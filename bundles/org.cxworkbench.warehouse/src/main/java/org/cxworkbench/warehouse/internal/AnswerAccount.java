package org.cxworkbench.warehouse.internal;

/**
 * What happened to the answers of one KPI column in rows that have a date.
 *
 * @param kpiCode the KPI
 * @param column the score column
 * @param counted answers on the scale, aggregated
 * @param blank rows without an answer (NULL)
 * @param rejected answers outside the scale or not integers
 */
public record AnswerAccount(String kpiCode, String column, long counted, long blank, long rejected) {
}
