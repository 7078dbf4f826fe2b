package dev.kizuna.io.rules;

import dev.kizuna.compliance.RulePack;
import dev.kizuna.io.dataset.DatasetProblem;

import java.util.List;

/** A rule pack, or the problems (FILE:LINE: message) that reject it. */
public sealed interface RulePackLoad {
    record Loaded(RulePack pack) implements RulePackLoad {
    }

    record Rejected(List<DatasetProblem> problems) implements RulePackLoad {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
