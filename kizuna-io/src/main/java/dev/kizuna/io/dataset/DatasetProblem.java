package dev.kizuna.io.dataset;

/** Placeholder with the agreed API; the real reader replaces this file. */
public record DatasetProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
