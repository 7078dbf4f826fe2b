package dev.kizuna.io.screening;

import dev.kizuna.io.dataset.DatasetFolder;
import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.screening.ScreeningEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a screening list in the CSV layout of the US Consolidated Screening List: a header row with
 * at least {@code name}; {@code source}, {@code entity_number}, {@code type}, {@code programs},
 * {@code addresses}, {@code alt_names} ({@code ;}-separated) and {@code ids} are read when present and
 * every other column is ignored. A leading byte-order mark is skipped. Rows with an empty name are
 * reported as problems, since nothing could match them.
 */
public final class ScreeningListReader {
    private ScreeningListReader() {
    }

    public record ScreeningList(List<ScreeningEntry> entries, List<DatasetProblem> problems) {
        public ScreeningList {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    public static ScreeningList read(Path file) {
        String label = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(label, reader);
        } catch (IOException e) {
            return new ScreeningList(List.of(), List.of(new DatasetProblem(label, 1, "cannot read: " + e.getMessage())));
        }
    }

    /** Reads a list kept inside a dataset directory or zip, e.g. {@code screening/list.csv}. */
    public static ScreeningList read(DatasetFolder dataset, String relativePath) {
        String label = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        try (InputStream in = dataset.open(relativePath)) {
            if (in == null) {
                return new ScreeningList(List.of(), List.of(new DatasetProblem(label, 1, "no such file in "
                        + dataset.label())));
            }
            return parse(label, new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
        } catch (IOException e) {
            return new ScreeningList(List.of(), List.of(new DatasetProblem(label, 1, "cannot read: " + e.getMessage())));
        }
    }

    public static ScreeningList parse(String label, Reader reader) throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        List<ScreeningEntry> entries = new ArrayList<>();
        java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            if (!parser.getHeaderNames().contains("name")) {
                return new ScreeningList(List.of(), List.of(new DatasetProblem(label, 1, "missing required column 'name'")));
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                String name = text(record, "name");
                if (name.isEmpty()) {
                    problems.add(new DatasetProblem(label, line, "name is empty"));
                    continue;
                }
                List<String> altNames = Arrays.stream(text(record, "alt_names").split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                entries.add(new ScreeningEntry(line, text(record, "source"), text(record, "entity_number"),
                        text(record, "type"), text(record, "programs"), name, altNames, text(record, "addresses"),
                        text(record, "ids")));
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(new DatasetProblem(label, 1, "malformed CSV: " + e.getMessage()));
        }
        return new ScreeningList(entries, problems);
    }

    private static String text(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }
}
