package dev.kizuna.server.supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Changes cells of a dataset CSV file, keeping every other row, column and the column order. */
final class CsvEdit {
    private final List<String> header;
    private final List<List<String>> rows;

    private CsvEdit(List<String> header, List<List<String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    static CsvEdit parse(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = new ArrayList<>(parser.getHeaderNames());
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>(record.toList());
                while (row.size() < header.size()) {
                    row.add("");
                }
                rows.add(row);
            }
            return new CsvEdit(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int column(String name) {
        int at = header.indexOf(name);
        if (at < 0) {
            header.add(name);
            rows.forEach(row -> row.add(""));
            at = header.size() - 1;
        }
        return at;
    }

    /** Sets the given cells on every row that matches; returns how many rows matched. */
    int update(Predicate<Map<String, String>> match, Map<String, String> cells) {
        Map<String, Integer> columns = new java.util.LinkedHashMap<>();
        cells.keySet().forEach(name -> columns.put(name, column(name)));
        int matched = 0;
        for (List<String> row : rows) {
            Map<String, String> view = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                view.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            if (match.test(view)) {
                matched++;
                for (Map.Entry<String, String> cell : cells.entrySet()) {
                    row.set(columns.get(cell.getKey()), cell.getValue());
                }
            }
        }
        return matched;
    }

    String write() {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
