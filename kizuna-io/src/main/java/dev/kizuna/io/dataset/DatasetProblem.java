package dev.kizuna.io.dataset;

import java.util.Objects;

/**
 * One thing wrong with a dataset, located in a file.
 *
 * @param file the dataset file, e.g. {@code parts.csv}, or the dataset path itself for problems of
 *             the whole directory or zip
 * @param line 1-based line (header = 1); {@code 0} when the problem concerns no particular line
 *             (a directory or zip that cannot be read)
 */
public record DatasetProblem(String file, int line, String message) {
    public DatasetProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE: message}, or {@code FILE: message} when the problem has no line. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
