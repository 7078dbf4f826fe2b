package dev.kizuna.io.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems of one file or check; not thread-safe (each parallel task owns one). */
final class Problems {
    static final Comparator<DatasetProblem> ORDER = Comparator
            .comparingInt((DatasetProblem p) -> DatasetFile.orderOf(p.file()))
            .thenComparing(DatasetProblem::file)
            .thenComparingInt(DatasetProblem::line);

    private final List<DatasetProblem> list = new ArrayList<>();

    void add(DatasetFile file, int line, String message) {
        list.add(new DatasetProblem(file.fileName(), line, message));
    }

    void add(String file, int line, String message) {
        list.add(new DatasetProblem(file, line, message));
    }

    void addAll(Problems other) {
        list.addAll(other.list);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<DatasetProblem> list() {
        return list;
    }

    /** Sorted by file then line; ties keep the order they were found in (a stable sort), so output is deterministic. */
    List<DatasetProblem> sorted() {
        List<DatasetProblem> copy = new ArrayList<>(list);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }
}
