package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.Dataset;

import java.util.List;

/** Placeholder with the agreed API; the real reader replaces this file. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Rejected {
    record Loaded(Dataset dataset, List<DatasetProblem> warnings) implements LoadResult {
    }

    record Rejected(List<DatasetProblem> problems) implements LoadResult {
    }
}
