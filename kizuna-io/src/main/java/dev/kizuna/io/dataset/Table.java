package dev.kizuna.io.dataset;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The rows read from one CSV file, with the line each starts on. A row is {@code null} when its
 * required values were missing (its problems are reported). Used only inside the reader.
 */
class Table<T> {
    final DatasetFile file;
    final Problems problems = new Problems();
    final List<T> rows = new ArrayList<>();
    private final IntList lines = new IntList();
    /** Rows that had a problem of their own; checks across rows skip them to avoid follow-on noise. */
    final BitSet flawed = new BitSet();
    /** False when the file is missing or could not be read to its end: references into it are not checked. */
    boolean complete = true;

    Table(DatasetFile file) {
        this.file = file;
    }

    /** Adds the current row of {@code csv}; returns its index. */
    int add(CsvRows csv, T row) {
        int index = rows.size();
        rows.add(row);
        lines.add(csv.line());
        if (csv.rowFlawed()) {
            flawed.set(index);
        }
        return index;
    }

    int line(int index) {
        return lines.get(index);
    }

    int size() {
        return rows.size();
    }

    void problem(int index, String message) {
        problems.add(file, line(index), message);
    }
}
