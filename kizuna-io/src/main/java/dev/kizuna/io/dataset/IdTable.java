package dev.kizuna.io.dataset;

/** A table whose rows define ids (unique per file); {@link #index} maps each id to its first row. */
final class IdTable<K, T> extends Table<T> {
    final IdIndex<K> index = new IdIndex<>();
    private final String keyColumn;

    IdTable(DatasetFile file, String keyColumn) {
        super(file);
        this.keyColumn = keyColumn;
    }

    /** Adds the current row, defining {@code id} (reported when it was defined before). */
    int add(CsvRows csv, K id, T row) {
        int at = size();
        if (id != null) {
            int first = index.putIfAbsent(id, at);
            if (first >= 0) {
                csv.problem("duplicate " + keyColumn + " '" + id + "'; first defined on line " + line(first));
            }
        }
        add(csv, row);
        return at;
    }

    boolean defines(K id) {
        return index.contains(id);
    }

    /** The first row defining the id, or -1. */
    int rowOf(K id) {
        return index.get(id);
    }
}
