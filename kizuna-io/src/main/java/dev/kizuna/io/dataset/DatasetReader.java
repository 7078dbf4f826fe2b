package dev.kizuna.io.dataset;

import java.nio.file.Path;
import java.util.List;

/** Placeholder with the agreed API; the real reader replaces this file. */
public final class DatasetReader {
    private DatasetReader() {
    }

    public static LoadResult read(Path directoryOrZip) {
        return new LoadResult.Rejected(List.of(new DatasetProblem(directoryOrZip.toString(), 1, "reader not available yet")));
    }
}
