package dev.kizuna.io.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where the files of a dataset come from: a directory or a zip. Safe to open files from several threads. */
interface DatasetFiles extends Closeable {

    /** A fresh stream of the named file, or {@code null} when the dataset has no such file. */
    InputStream open(String fileName) throws IOException;

    /**
     * Opens a directory or a zip; {@code null} when neither (the reason is added to problems, under
     * the path's file name).
     */
    static DatasetFiles open(Path path, ZipLimits limits, Problems problems) {
        String label = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (Files.isDirectory(path)) {
            return new DirectoryFiles(path);
        }
        if (!Files.exists(path)) {
            problems.add(label, 0, "no such directory or .zip file: " + path);
            return null;
        }
        if (Files.isRegularFile(path) && (label.toLowerCase(Locale.ROOT).endsWith(".zip") || ZipDatasetFiles.looksLikeZip(path))) {
            return ZipDatasetFiles.open(path, label, limits, problems);
        }
        problems.add(label, 0, "not a dataset: give a directory holding kizuna.yaml, or a .zip of one");
        return null;
    }

    /** A plain directory. */
    final class DirectoryFiles implements DatasetFiles {
        private final Path directory;

        DirectoryFiles(Path directory) {
            this.directory = directory;
        }

        @Override
        public InputStream open(String fileName) throws IOException {
            Path file = directory.resolve(fileName);
            if (!Files.exists(file)) {
                return null;
            }
            if (!Files.isRegularFile(file)) {
                throw new IOException("is not a regular file");
            }
            return Files.newInputStream(file);
        }

        @Override
        public void close() {
            // nothing held open
        }
    }
}
