package dev.kizuna.server.dataset;

import dev.kizuna.io.dataset.DatasetProblem;

import java.util.List;

/** An import either made a new version (with the reader's warnings) or was rejected with every problem. */
public sealed interface ImportOutcome {
    record Imported(VersionSummary version, List<DatasetProblem> warnings) implements ImportOutcome {
    }

    record Rejected(List<DatasetProblem> problems) implements ImportOutcome {
    }
}
