package de.klimaflow.network;

/** A member proposed a contribution to a network meeting: the event team reviews it. */
public record ContributionProposed(long contributionId) {}
