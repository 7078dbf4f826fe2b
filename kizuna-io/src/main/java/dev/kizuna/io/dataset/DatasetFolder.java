package dev.kizuna.io.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Read access to the other files of a dataset, a directory or a {@code .zip} (files at its root or
 * under one top folder, as {@link DatasetReader} reads it): {@code offers.csv}, {@code rules/},
 * {@code screening/} of kizuna/1.1. A zip is read in place with the dataset reader's limits against
 * zip bombs ({@link ZipLimits#DEFAULT}); nothing is extracted.
 */
public final class DatasetFolder implements Closeable {
    private final Path directory;
    private final ZipDatasetFiles zip;
    private final String label;

    private DatasetFolder(Path directory, ZipDatasetFiles zip, String label) {
        this.directory = directory;
        this.zip = zip;
        this.label = label;
    }

    /** True when the path is a file the dataset reader would open as a zip. */
    public static boolean isZip(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return Files.isRegularFile(path)
                && (name.toLowerCase(Locale.ROOT).endsWith(".zip") || ZipDatasetFiles.looksLikeZip(path));
    }

    /**
     * Opens a dataset directory or zip.
     *
     * @throws IOException with the reason (as the dataset reader gives it) when it is neither
     */
    public static DatasetFolder open(Path directoryOrZip) throws IOException {
        String label = directoryOrZip.getFileName() == null ? directoryOrZip.toString()
                : directoryOrZip.getFileName().toString();
        if (Files.isDirectory(directoryOrZip)) {
            return new DatasetFolder(directoryOrZip, null, label);
        }
        Problems problems = new Problems();
        DatasetFiles files = DatasetFiles.open(directoryOrZip, ZipLimits.DEFAULT, problems);
        if (files instanceof ZipDatasetFiles zipFiles) {
            return new DatasetFolder(null, zipFiles, label);
        }
        if (files != null) {
            files.close();
        }
        throw new IOException(problems.sorted().stream().map(DatasetProblem::toString).reduce((a, b) -> a + "; " + b)
                .orElse(label + ": not a dataset directory or zip"));
    }

    /** The directory or zip file name, for messages. */
    public String label() {
        return label;
    }

    public boolean isZip() {
        return zip != null;
    }

    /** A stream of the file at a relative path ({@code rules/a.yaml}), or null when there is none. */
    public InputStream open(String relativePath) throws IOException {
        if (zip != null) {
            return zip.openRelative(relativePath);
        }
        Path file = directory.resolve(relativePath);
        return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }

    public boolean isFile(String relativePath) {
        return zip != null ? zip.relativePaths().contains(relativePath) : Files.isRegularFile(directory.resolve(relativePath));
    }

    /** True when some file lies under that folder. */
    public boolean isFolder(String relativeFolder) {
        if (zip == null) {
            return Files.isDirectory(directory.resolve(relativeFolder));
        }
        String prefix = relativeFolder.endsWith("/") ? relativeFolder : relativeFolder + "/";
        return zip.relativePaths().stream().anyMatch(path -> path.startsWith(prefix));
    }

    /** Names of the files directly in a folder ("" for the top), sorted. */
    public List<String> files(String relativeFolder) throws IOException {
        String prefix = relativeFolder.isEmpty() || relativeFolder.endsWith("/") ? relativeFolder : relativeFolder + "/";
        TreeSet<String> names = new TreeSet<>();
        if (zip != null) {
            for (String path : zip.relativePaths()) {
                if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0) {
                    names.add(path.substring(prefix.length()));
                }
            }
            return new ArrayList<>(names);
        }
        Path folder = directory.resolve(relativeFolder);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
        }
        return new ArrayList<>(names);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
