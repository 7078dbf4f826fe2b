package dev.kizuna.compliance;

import java.util.List;
import java.util.Objects;

/** A named set of rules loaded from one YAML file (or the files of a directory, merged). */
public record RulePack(String name, List<Rule> rules) {
    public RulePack {
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
    }
}
