package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.PartId;

/** Dense numbers for parts (their first row in parts.csv), so per-part data can live in int arrays. */
final class PartIndex {
    private final IdTable<PartId, Part> parts;

    PartIndex(IdTable<PartId, Part> parts) {
        this.parts = parts;
    }

    private PartId lastId;
    private int lastRow;

    /**
     * The row of the part in parts.csv, or -1 when parts.csv does not define it. Repeats of the
     * previous id (consecutive rows of one part) are answered without a lookup; not thread-safe.
     */
    int of(PartId id) {
        if (id != lastId) {
            lastRow = parts.rowOf(id);
            lastId = id;
        }
        return lastRow;
    }

    /** Row numbers run from 0 (inclusive) to this (exclusive). */
    int size() {
        return parts.size();
    }

    PartId idAt(int row) {
        Part part = parts.rows.get(row);
        return part == null ? null : part.id();
    }

    int line(int row) {
        return parts.line(row);
    }

    boolean complete() {
        return parts.complete;
    }
}
