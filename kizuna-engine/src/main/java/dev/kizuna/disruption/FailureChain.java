package dev.kizuna.disruption;

import java.util.List;

/**
 * Why a system is lost: a path from its top part down to a part that no considered source can
 * deliver because of the events themselves (knocked-out sites or a knocked-out part), each step
 * needing the next one.
 */
public record FailureChain(String system, List<FailureStep> steps) {
    public FailureChain {
        steps = List.copyOf(steps);
    }

    /** The part ids from the top part down. */
    public List<String> parts() {
        return steps.stream().map(FailureStep::part).toList();
    }
}
