package de.klimaflow.consultation;

import org.jspecify.annotations.Nullable;

/**
 * What a funding body granted: the programme, its share of the costs or an amount, and the period.
 *
 * @param programmeCode  one of the funding programmes staff keep
 * @param sharePercent   share of the position's costs, 1 to 100, or null when an amount is given
 * @param amountEuro     the amount granted, or null when a share is given
 * @param months         the period, 1 to 120 months
 */
public record Grant(
        String programmeCode,
        @Nullable Integer sharePercent,
        @Nullable Long amountEuro,
        int months) {}
