package dev.kizuna.disruption;

import java.util.List;

/**
 * A knock-out evaluated: the contract report, the failure chain of every lost system (for text
 * output only, the JSON keys being fixed) and notes such as the unmapped parts taken as available.
 */
public record KnockoutResult(KnockoutReport report, List<FailureChain> explanations, List<String> notes) {
    public KnockoutResult {
        explanations = List.copyOf(explanations);
        notes = List.copyOf(notes);
    }
}
