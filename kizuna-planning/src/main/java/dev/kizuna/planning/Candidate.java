package dev.kizuna.planning;

import dev.kizuna.sourcing.Offer;

/**
 * An offer applied to one part: qualifying it makes {@code source} (an index into the planning
 * network, where it exists as a non-qualified source) a qualified source of {@code part}. An offer
 * by category gives one candidate per part of that category, each qualified (and paid for) on its
 * own.
 */
public record Candidate(String id, Offer offer, int part, int source, double cost, double weeks) {
}
