package dev.kizuna.screening;

import java.util.List;
import java.util.Objects;

/**
 * One row of a screening list in the layout of the US Consolidated Screening List. The list merges
 * several source lists and {@code entityNumber} is not unique across them, so an entry is identified
 * by its file line.
 *
 * @param line the 1-based line of the row in its file (header = 1)
 * @param altNames other names the entry is known by ({@code alt_names}, split on {@code ;})
 */
public record ScreeningEntry(int line, String source, String entityNumber, String type, String programs, String name,
                             List<String> altNames, String addresses, String ids) {
    public ScreeningEntry {
        Objects.requireNonNull(name, "name");
        source = source == null ? "" : source;
        entityNumber = entityNumber == null ? "" : entityNumber;
        type = type == null ? "" : type;
        programs = programs == null ? "" : programs;
        altNames = altNames == null ? List.of() : List.copyOf(altNames);
        addresses = addresses == null ? "" : addresses;
        ids = ids == null ? "" : ids;
    }
}
