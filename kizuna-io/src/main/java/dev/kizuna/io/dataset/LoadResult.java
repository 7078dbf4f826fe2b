package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.Dataset;
import java.util.List;
import java.util.Objects;

/** The outcome of reading a dataset: all of it, or only the reasons why not (never both). */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Rejected {

    /** A valid dataset, with remarks that do not prevent analysis (e.g. unmapped parts). */
    record Loaded(Dataset dataset, List<DatasetProblem> warnings) implements LoadResult {
        public Loaded {
            Objects.requireNonNull(dataset, "dataset");
            warnings = List.copyOf(warnings);
        }
    }

    /** An invalid dataset: every problem found, sorted by file (contract order), then line. */
    record Rejected(List<DatasetProblem> problems) implements LoadResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one problem");
            }
        }
    }
}
