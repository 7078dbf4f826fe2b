package dev.kizuna.io.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the data rows of one dataset CSV file: header row, any column order, cells trimmed, empty
 * cell = absent, {@code #} not a comment, blank rows skipped. Each row knows the line it starts on,
 * also when a quoted cell spans several lines. Problems go to {@link #problem(String)} at that line.
 */
final class CsvRows implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // blank rows are skipped here, so that line numbers stay exact
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final DatasetFile file;
    private final Problems problems;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> extraNames = new ArrayList<>();
    private final List<Integer> extraIndexes = new ArrayList<>();
    private int headerSize;
    private CSVRecord current;
    private int line = 1;
    private boolean flawed;
    private boolean complete = true;

    private CsvRows(DatasetFile file, InputStream in, Problems problems) throws IOException {
        this.file = file;
        this.problems = problems;
        this.parser = CSVParser.builder().setReader(new StrictUtf8Reader(in)).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    /**
     * Opens a file and reads its header; {@code null} (problems reported, stream closed) when the
     * file has no usable header or lacks a required column.
     */
    static CsvRows open(DatasetFile file, InputStream in, Problems problems) throws IOException {
        CsvRows rows = new CsvRows(file, in, problems);
        if (!rows.readHeader()) {
            rows.close();
            return null;
        }
        return rows;
    }

    private boolean readHeader() {
        CSVRecord header = nextRecord();
        if (header == null) {
            if (complete) {
                problems.add(file, 1, "file is empty; the first line must be the header: "
                        + String.join(",", file.requiredColumns()));
            }
            return false;
        }
        headerSize = header.size();
        boolean usable = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                continue; // a trailing comma in the header: a column without a name carries nothing
            }
            if (columns.putIfAbsent(name, i) != null) {
                problems.add(file, line, "column '" + name + "' appears twice in the header; remove one");
            } else if (!file.knownColumns().contains(name)) {
                extraNames.add(name);
                extraIndexes.add(i);
            }
        }
        for (String required : file.requiredColumns()) {
            if (!columns.containsKey(required)) {
                problems.add(file, line, "missing required column '" + required + "'; the header has: "
                        + String.join(",", headerNames(header)));
                usable = false;
            }
        }
        return usable;
    }

    private static List<String> headerNames(CSVRecord header) {
        List<String> names = new ArrayList<>();
        header.forEach(name -> names.add(name.strip()));
        return names;
    }

    /** Index of a column, or -1 when the file does not have it. */
    int column(String name) {
        Integer index = columns.get(name);
        return index == null ? -1 : index;
    }

    /** Advances to the next non-blank row; false at the end of the file or when it cannot be read further. */
    boolean next() {
        while (true) {
            CSVRecord record = nextRecord();
            if (record == null) {
                current = null;
                return false;
            }
            if (isBlank(record)) {
                continue;
            }
            current = record;
            flawed = false;
            if (record.size() > headerSize && !blankFrom(record, headerSize)) {
                problem("row has " + record.size() + " cells but the header has " + headerSize
                        + "; quote cells that contain a comma");
            }
            return true;
        }
    }

    private CSVRecord nextRecord() {
        line = (int) parser.getCurrentLineNumber() + 1;
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            reportUnreadable(e.getCause());
        } catch (IllegalStateException e) {
            reportUnreadable(e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
        return null;
    }

    private void reportUnreadable(IOException cause) {
        complete = false;
        Throwable root = cause;
        while (root != null) {
            if (root instanceof StrictUtf8Reader.MalformedUtf8Exception malformed) {
                problems.add(file, malformed.line(), "not valid UTF-8 (" + malformed.getMessage()
                        + "); save the file as UTF-8");
                return;
            }
            if (root instanceof ZipDatasetFiles.ZipLimitException limit) {
                problems.add(file, line, limit.getMessage());
                return;
            }
            root = root.getCause();
        }
        String message = cause == null ? "unreadable" : String.valueOf(cause.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            problems.add(file, line, "a quoted cell starting on this row is never closed; add the closing quote"
                    + " (write a quote inside a quoted cell as \"\")");
        } else if (message.contains("Invalid character between encapsulated token and delimiter")) {
            problems.add(file, line,
                    "text after a closing quote; quote the whole cell and write a quote inside it as \"\"");
        } else {
            problems.add(file, line, "cannot read the file further: " + message);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return blankFrom(record, 0);
    }

    private static boolean blankFrom(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The line the current row starts on. */
    int line() {
        return line;
    }

    /** The trimmed cell of the current row, or {@code null} when empty or the column is absent. */
    String cell(int column) {
        if (column < 0 || column >= current.size()) {
            return null;
        }
        String value = current.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** Extra (non-contract) columns of the current row that have a value, by header name. */
    Map<String, String> attributes() {
        if (extraNames.isEmpty()) {
            return Map.of();
        }
        if (extraNames.size() == 1) {
            String value = cell(extraIndexes.get(0));
            return value == null ? Map.of() : Map.of(extraNames.get(0), value);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < extraNames.size(); i++) {
            String value = cell(extraIndexes.get(i));
            if (value != null) {
                attributes.put(extraNames.get(i), value);
            }
        }
        return attributes;
    }

    /** Reports a problem at the current row and marks the row as flawed. */
    void problem(String message) {
        flawed = true;
        problems.add(file, line, message);
    }

    /** True when a problem was reported for the current row. */
    boolean rowFlawed() {
        return flawed;
    }

    /** False when reading stopped before the end of the file (bad bytes, CSV syntax). */
    boolean complete() {
        return complete;
    }

    DatasetFile file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
