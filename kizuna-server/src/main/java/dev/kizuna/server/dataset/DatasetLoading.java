package dev.kizuna.server.dataset;

import dev.kizuna.io.dataset.DatasetReader;
import dev.kizuna.io.dataset.LoadResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Runs the kizuna/1 reader (and its validation) on files held in memory. */
public final class DatasetLoading {
    private DatasetLoading() {
    }

    public static LoadResult read(DatasetFiles files) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("kizuna-dataset-");
            files.writeTo(directory);
            return DatasetReader.read(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (directory != null) {
                deleteQuietly(directory);
            }
        }
    }

    /** The dataset as the canonical kizuna/1 files of {@link dev.kizuna.io.dataset.DatasetWriter}. */
    public static DatasetFiles write(dev.kizuna.supply.model.Dataset dataset) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("kizuna-export-");
            dev.kizuna.io.dataset.DatasetWriter.write(dataset, directory);
            return DatasetFiles.readDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (directory != null) {
                deleteQuietly(directory);
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
