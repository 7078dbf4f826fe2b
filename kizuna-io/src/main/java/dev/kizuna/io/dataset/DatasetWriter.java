package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.Alignment;
import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Country;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetManifest;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.FleetHolding;
import dev.kizuna.supply.model.InventoryLot;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a {@link Dataset} as a kizuna/1 directory with deterministic bytes: rows in list order,
 * the contract's column order, canonical numbers, LF line ends, UTF-8. The same dataset always
 * gives the same files, so generated datasets can be compared and checked in byte for byte.
 */
public final class DatasetWriter {
    public static final String MANIFEST_FILE = "kizuna.yaml";
    public static final String FORMAT = "kizuna/1";

    static final List<String> ORGANIZATION_COLUMNS =
            List.of("id", "name", "country", "parent_id", "kind", "operating_margin");
    static final List<String> SITE_COLUMNS = List.of("id", "organization_id", "country", "name", "region",
            "latitude", "longitude", "capacity_per_week", "disruption_probability", "ttr_weeks");
    static final List<String> PART_COLUMNS =
            List.of("id", "name", "category", "unit_cost", "export_control", "hs_code");
    static final List<String> BOM_COLUMNS = List.of("parent_id", "child_id", "quantity", "site_id", "approved_sites");
    static final List<String> SOURCE_COLUMNS = List.of("part_id", "site_id", "share", "status", "capacity_per_week",
            "lead_time_days", "unit_price");
    static final List<String> INVENTORY_COLUMNS = List.of("part_id", "on_hand", "site_id");
    static final List<String> SYSTEM_COLUMNS =
            List.of("id", "name", "part_id", "category", "demand_per_week", "shortfall_cost_per_unit");
    static final List<String> FLEET_COLUMNS = List.of("system_id", "operator", "units");
    static final List<String> COUNTRY_COLUMNS = List.of("code", "name", "disruption_probability", "ttr_weeks");

    /** RFC 4180 with LF records; commons-csv quotes only fields that need it (see docs/generator.md). */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private static final int BUFFER_CHARS = 1 << 16;
    /** Integral doubles below this are exact longs; larger ones go through the general path. */
    private static final double LONG_SAFE = 1e15;

    private DatasetWriter() {
    }

    /**
     * Writes the dataset into {@code directory} (created if missing). Optional files (inventory,
     * fleet, countries) are written only when non-empty; a stale copy left by an earlier write is
     * removed so the directory always describes exactly this dataset.
     *
     * @throws UncheckedIOException when a file cannot be written
     * @throws IllegalArgumentException when a number is infinite or an attribute key repeats a contract column
     */
    public static void write(Dataset dataset, Path directory) {
        try {
            Files.createDirectories(directory);
            writeManifest(dataset.manifest(), directory.resolve(MANIFEST_FILE));
            writeOrganizations(dataset.organizations(), directory.resolve("organizations.csv"));
            writeSites(dataset.sites(), directory.resolve("sites.csv"));
            writeParts(dataset.parts(), directory.resolve("parts.csv"));
            writeBom(dataset.bomLines(), directory.resolve("bom.csv"));
            writeSources(dataset.sources(), directory.resolve("sources.csv"));
            writeSystems(dataset.systems(), directory.resolve("systems.csv"));
            writeOptional(dataset.inventory(), directory.resolve("inventory.csv"), DatasetWriter::writeInventory);
            writeOptional(dataset.fleet(), directory.resolve("fleet.csv"), DatasetWriter::writeFleet);
            writeOptional(dataset.countries(), directory.resolve("countries.csv"), DatasetWriter::writeCountries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dataset to " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The canonical text of a number: empty for NaN (absent), integers without a fraction, anything
     * else as the shortest decimal that reads back to the same double, never in scientific notation.
     */
    public static String formatNumber(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("cannot write an infinite number");
        }
        if (value == Math.rint(value) && Math.abs(value) < LONG_SAFE) {
            return Long.toString((long) value);
        }
        // Since JDK 19 Double.toString gives the shortest representation that round-trips.
        String shortest = Double.toString(value);
        if (shortest.indexOf('E') < 0) {
            return shortest;
        }
        return new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    }

    private interface FileBody<T> {
        void write(List<T> rows, Path file) throws IOException;
    }

    private static <T> void writeOptional(List<T> rows, Path file, FileBody<T> body) throws IOException {
        if (rows.isEmpty()) {
            Files.deleteIfExists(file);
        } else {
            body.write(rows, file);
        }
    }

    private static Writer open(Path file) throws IOException {
        return new Utf8FileWriter(Files.newOutputStream(file), BUFFER_CHARS);
    }

    private static void writeManifest(DatasetManifest manifest, Path file) throws IOException {
        Alignment alignment = manifest.alignment();
        StringBuilder yaml = new StringBuilder(256);
        yaml.append("format: ").append(manifest.format().isEmpty() ? FORMAT : manifest.format()).append('\n');
        yaml.append("name: ").append(yamlQuoted(manifest.name())).append('\n');
        yaml.append("home: ").append(alignment.home().value()).append('\n');
        if (!manifest.currency().isEmpty()) {
            yaml.append("currency: ").append(manifest.currency()).append('\n');
        }
        yaml.append("alignment:\n");
        yaml.append("  ally: ").append(yamlList(alignment.ally())).append('\n');
        yaml.append("  partner: ").append(yamlList(alignment.partner())).append('\n');
        yaml.append("  concern: ").append(yamlList(alignment.concern())).append('\n');
        try (Writer out = open(file)) {
            out.write(yaml.toString());
        }
    }

    private static String yamlList(Set<CountryCode> codes) {
        return new TreeSet<>(codes).stream().map(CountryCode::value)
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    static String yamlQuoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static void writeOrganizations(List<Organization> rows, Path file) throws IOException {
        List<String> extra = extraColumns(rows, Organization::attributes, ORGANIZATION_COLUMNS, file);
        try (Rows out = new Rows(file, ORGANIZATION_COLUMNS, extra)) {
            for (Organization o : rows) {
                out.text(o.id().value());
                out.text(o.name());
                out.text(o.country().value());
                out.text(o.parentId() == null ? "" : o.parentId().value());
                out.text(o.kind() == null ? "" : o.kind().key());
                out.number(o.operatingMargin());
                out.attributes(o.attributes(), extra);
                out.end();
            }
        }
    }

    private static void writeSites(List<Site> rows, Path file) throws IOException {
        List<String> extra = extraColumns(rows, Site::attributes, SITE_COLUMNS, file);
        try (Rows out = new Rows(file, SITE_COLUMNS, extra)) {
            for (Site s : rows) {
                out.text(s.id().value());
                out.text(s.organizationId().value());
                out.text(s.country().value());
                out.text(s.name());
                out.text(s.region());
                out.number(s.latitude());
                out.number(s.longitude());
                out.number(s.capacityPerWeek());
                out.number(s.disruptionProbability());
                out.number(s.ttrWeeks());
                out.attributes(s.attributes(), extra);
                out.end();
            }
        }
    }

    private static void writeParts(List<Part> rows, Path file) throws IOException {
        List<String> extra = extraColumns(rows, Part::attributes, PART_COLUMNS, file);
        try (Rows out = new Rows(file, PART_COLUMNS, extra)) {
            for (Part p : rows) {
                out.text(p.id().value());
                out.text(p.name());
                out.text(p.category());
                out.number(p.unitCost());
                out.text(p.exportControl());
                out.text(p.hsCode());
                out.attributes(p.attributes(), extra);
                out.end();
            }
        }
    }

    private static void writeBom(List<BomLine> rows, Path file) throws IOException {
        try (Rows out = new Rows(file, BOM_COLUMNS, List.of())) {
            StringBuilder approved = new StringBuilder();
            for (BomLine b : rows) {
                out.text(b.parentId().value());
                out.text(b.childId().value());
                out.number(b.quantity());
                out.text(b.siteId() == null ? "" : b.siteId().value());
                List<SiteId> sites = b.approvedSites();
                if (sites.isEmpty()) {
                    out.text("");
                } else {
                    approved.setLength(0);
                    for (int i = 0; i < sites.size(); i++) {
                        if (i > 0) {
                            approved.append(';');
                        }
                        approved.append(sites.get(i).value());
                    }
                    out.text(approved.toString());
                }
                out.end();
            }
        }
    }

    private static void writeSources(List<Source> rows, Path file) throws IOException {
        try (Rows out = new Rows(file, SOURCE_COLUMNS, List.of())) {
            for (Source s : rows) {
                out.text(s.partId().value());
                out.text(s.siteId().value());
                out.number(s.share());
                out.text(s.status().key());
                out.number(s.capacityPerWeek());
                out.number(s.leadTimeDays());
                out.number(s.unitPrice());
                out.end();
            }
        }
    }

    private static void writeInventory(List<InventoryLot> rows, Path file) throws IOException {
        try (Rows out = new Rows(file, INVENTORY_COLUMNS, List.of())) {
            for (InventoryLot lot : rows) {
                out.text(lot.partId().value());
                out.number(lot.onHand());
                out.text(lot.siteId() == null ? "" : lot.siteId().value());
                out.end();
            }
        }
    }

    private static void writeSystems(List<EndSystem> rows, Path file) throws IOException {
        try (Rows out = new Rows(file, SYSTEM_COLUMNS, List.of())) {
            for (EndSystem s : rows) {
                out.text(s.id().value());
                out.text(s.name());
                out.text(s.topPartId().value());
                out.text(s.category());
                out.number(s.demandPerWeek());
                out.number(s.shortfallCostPerUnit());
                out.end();
            }
        }
    }

    private static void writeFleet(List<FleetHolding> rows, Path file) throws IOException {
        try (Rows out = new Rows(file, FLEET_COLUMNS, List.of())) {
            for (FleetHolding f : rows) {
                out.text(f.systemId().value());
                out.text(f.operator());
                out.number(f.units());
                out.end();
            }
        }
    }

    private static void writeCountries(List<Country> rows, Path file) throws IOException {
        try (Rows out = new Rows(file, COUNTRY_COLUMNS, List.of())) {
            for (Country c : rows) {
                out.text(c.code().value());
                out.text(c.name());
                out.number(c.disruptionProbability());
                out.number(c.ttrWeeks());
                out.end();
            }
        }
    }

    /** The sorted union of attribute keys; a key equal to a contract column would make the file ambiguous. */
    private static <T> List<String> extraColumns(Collection<T> rows, Function<T, Map<String, String>> attributes,
                                                 List<String> columns, Path file) {
        TreeSet<String> keys = new TreeSet<>();
        for (T row : rows) {
            Map<String, String> map = attributes.apply(row);
            if (!map.isEmpty()) {
                keys.addAll(map.keySet());
            }
        }
        for (String key : keys) {
            if (columns.contains(key)) {
                throw new IllegalArgumentException(
                        file.getFileName() + ": attribute '" + key + "' has the name of a contract column");
            }
        }
        return new ArrayList<>(keys);
    }

    /** One CSV file being written, field by field, so that no per-row arrays or strings are built. */
    private static final class Rows implements AutoCloseable {
        private final CSVPrinter printer;

        Rows(Path file, List<String> columns, List<String> extra) throws IOException {
            printer = new CSVPrinter(open(file), CSV);
            for (String column : columns) {
                printer.print(column);
            }
            for (String column : extra) {
                printer.print(column);
            }
            printer.println();
        }

        void text(String value) throws IOException {
            printer.print(value);
        }

        void number(double value) throws IOException {
            printer.print(formatNumber(value));
        }

        void attributes(Map<String, String> attributes, List<String> extra) throws IOException {
            for (String key : extra) {
                String value = attributes.get(key);
                printer.print(value == null ? "" : value);
            }
        }

        void end() throws IOException {
            printer.println();
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    /**
     * A buffered UTF-8 file writer without the per-call locking of {@code BufferedWriter} and without
     * the substring copies of {@code Writer.append(CharSequence, int, int)}: CSVPrinter writes field
     * by field, and those two costs dominated writing millions of rows.
     */
    private static final class Utf8FileWriter extends Writer {
        private final OutputStream out;
        private final char[] buffer;
        private int size;

        Utf8FileWriter(OutputStream out, int capacity) {
            this.out = out;
            this.buffer = new char[capacity];
        }

        @Override
        public void write(int c) throws IOException {
            if (size == buffer.length) {
                drain();
            }
            buffer[size++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = 0; i < length; ) {
                if (size == buffer.length) {
                    drain();
                }
                int n = Math.min(length - i, buffer.length - size);
                System.arraycopy(chars, offset + i, buffer, size, n);
                size += n;
                i += n;
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = 0; i < length; ) {
                if (size == buffer.length) {
                    drain();
                }
                int n = Math.min(length - i, buffer.length - size);
                text.getChars(offset + i, offset + i + n, buffer, size);
                size += n;
                i += n;
            }
        }

        @Override
        public Writer append(CharSequence text) throws IOException {
            String string = String.valueOf(text);
            write(string, 0, string.length());
            return this;
        }

        @Override
        public Writer append(CharSequence text, int start, int end) throws IOException {
            if (text instanceof String string) {
                write(string, start, end - start);
            } else {
                CharSequence chars = text == null ? "null" : text;
                for (int i = start; i < end; i++) {
                    write(chars.charAt(i));
                }
            }
            return this;
        }

        @Override
        public Writer append(char c) throws IOException {
            write(c);
            return this;
        }

        /** Encodes the buffer, keeping a trailing high surrogate for its pair in the next chunk. */
        private void drain() throws IOException {
            int end = size;
            if (end > 0 && Character.isHighSurrogate(buffer[end - 1])) {
                end--;
            }
            if (end == 0) {
                // Only a lone high surrogate is buffered: the encoder writes it as '?'.
                end = size;
            }
            out.write(new String(buffer, 0, end).getBytes(StandardCharsets.UTF_8));
            System.arraycopy(buffer, end, buffer, 0, size - end);
            size -= end;
        }

        @Override
        public void flush() throws IOException {
            int pending = size;
            if (pending > 0) {
                out.write(new String(buffer, 0, pending).getBytes(StandardCharsets.UTF_8));
                size = 0;
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try (out) {
                flush();
            }
        }
    }
}
