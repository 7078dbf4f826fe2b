package dev.kizuna.io.dataset;

import java.util.HashMap;
import java.util.Map;

/** A table whose rows define ids (unique per file); {@link #index} maps each id to its first row. */
final class IdTable<K, T> extends Table<T> {
    final Map<K, Integer> index = new HashMap<>();

    private final String keyColumn;

    IdTable(DatasetFile file, String keyColumn) {
        super(file);
        this.keyColumn = keyColumn;
    }

    /** Adds the current row, defining {@code id} (reported when it was defined before). */
    int add(CsvRows csv, K id, T row) {
        if (id != null) {
            Integer first = index.get(id);
            if (first != null) {
                csv.problem("duplicate " + keyColumn + " '" + id + "'; first defined on line " + line(first));
            }
        }
        int at = add(csv, row);
        if (id != null) {
            index.putIfAbsent(id, at);
        }
        return at;
    }

    boolean defines(K id) {
        return index.containsKey(id);
    }
}
