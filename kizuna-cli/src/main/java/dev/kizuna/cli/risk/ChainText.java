package dev.kizuna.cli.risk;

import dev.kizuna.disruption.FailureChain;
import dev.kizuna.disruption.FailureStep;

import java.util.ArrayList;
import java.util.List;

/** Renders a failure chain as "part [why] -> part [why]". */
final class ChainText {
    private ChainText() {
    }

    static String of(FailureChain chain) {
        List<String> steps = new ArrayList<>();
        for (FailureStep step : chain.steps()) {
            steps.add(step.part() + " [" + reason(step) + "]");
        }
        return String.join(" -> ", steps);
    }

    private static String reason(FailureStep step) {
        if (step.partKnockedOut()) {
            return "part knocked out";
        }
        List<String> reasons = new ArrayList<>();
        if (!step.restrictedTo().isEmpty()) {
            reasons.add("approved: " + String.join(", ", step.restrictedTo()));
        }
        if (!step.sitesKnockedOut().isEmpty()) {
            reasons.add("site down: " + String.join(", ", step.sitesKnockedOut()));
        }
        if (!step.sitesStarved().isEmpty()) {
            reasons.add("missing a component: " + String.join(", ", step.sitesStarved()));
        }
        if (step.sitesKnockedOut().isEmpty() && step.sitesStarved().isEmpty()) {
            reasons.add("no approved qualified source");
        }
        return String.join("; ", reasons);
    }
}
