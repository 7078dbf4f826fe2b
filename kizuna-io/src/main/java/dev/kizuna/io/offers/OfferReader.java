package dev.kizuna.io.offers;

import dev.kizuna.io.dataset.DatasetFolder;
import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.sourcing.Offer;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.SiteId;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code offers.csv} of a kizuna/1.1 dataset directory or zip and checks it against the loaded
 * dataset: references resolve (the site belongs to the organization, the part exists, a category is
 * one some part has), numbers parse and lie in range. Problems are FILE:LINE: message, header = 1.
 * A dataset without offers.csv has no offers.
 */
public final class OfferReader {
    public static final String FILE = "offers.csv";
    private static final Set<String> KNOWN = Set.of("id", "organization_id", "site_id", "part_id", "category",
            "capacity_per_week", "unit_price", "lead_time_days", "qualification_cost", "qualification_weeks",
            "export_control", "readiness");

    private OfferReader() {
    }

    /** Reads offers.csv of a dataset directory or zip (at the zip's root or under its one top folder). */
    public static OfferLoad read(Path datasetDirectoryOrZip, Dataset dataset) {
        if (DatasetFolder.isZip(datasetDirectoryOrZip)) {
            try (DatasetFolder folder = DatasetFolder.open(datasetDirectoryOrZip)) {
                return read(folder, dataset);
            } catch (IOException e) {
                return new OfferLoad(List.of(), List.of(new DatasetProblem(FILE, 1, "cannot read: " + e.getMessage())));
            }
        }
        Path file = datasetDirectoryOrZip.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new OfferLoad(List.of(), List.of());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, dataset);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new OfferLoad(List.of(), List.of(new DatasetProblem(FILE, 1, "cannot read: " + e.getMessage())));
        }
    }

    /** Reads offers.csv of an open dataset directory or zip; none when it has no such file. */
    public static OfferLoad read(DatasetFolder folder, Dataset dataset) {
        try (InputStream in = folder.open(FILE)) {
            if (in == null) {
                return new OfferLoad(List.of(), List.of());
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), dataset);
        } catch (IOException | java.io.UncheckedIOException e) {
            return new OfferLoad(List.of(), List.of(new DatasetProblem(FILE, 1, "cannot read: " + e.getMessage())));
        }
    }

    /** Parses offers.csv text; visible for tests. */
    public static OfferLoad parse(Reader reader, Dataset dataset) throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        Map<String, Site> sites = new HashMap<>();
        dataset.sites().forEach(s -> sites.put(s.id().value(), s));
        Set<String> organizations = new HashSet<>();
        dataset.organizations().forEach(o -> organizations.add(o.id().value()));
        Map<String, Part> parts = new HashMap<>();
        dataset.parts().forEach(p -> parts.put(p.id().value(), p));
        Set<String> categories = new HashSet<>();
        dataset.parts().forEach(p -> categories.add(p.category()));
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            for (String required : List.of("organization_id", "site_id")) {
                if (!header.contains(required)) {
                    problems.add(new DatasetProblem(FILE, 1, "missing required column '" + required + "'"));
                }
            }
            if (!header.contains("part_id") && !header.contains("category")) {
                problems.add(new DatasetProblem(FILE, 1, "needs a 'part_id' or a 'category' column"));
            }
            if (!problems.isEmpty()) {
                return new OfferLoad(List.of(), problems);
            }
            Set<String> ids = new HashSet<>();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                Row row = new Row(record, line, problems);
                String organization = row.text("organization_id");
                String site = row.text("site_id");
                String part = row.text("part_id");
                String category = row.text("category");
                String id = row.text("id");
                if (id.isEmpty()) {
                    id = organization + ":" + (part.isEmpty() ? category : part) + "@" + site;
                }
                if (!ids.add(id)) {
                    row.problem("duplicate offer id '" + id + "'");
                }
                if (organization.isEmpty()) {
                    row.problem("organization_id is empty");
                } else if (!organizations.contains(organization)) {
                    row.problem("organization_id '" + organization + "' is not in organizations.csv");
                }
                if (site.isEmpty()) {
                    row.problem("site_id is empty");
                } else if (!sites.containsKey(site)) {
                    row.problem("site_id '" + site + "' is not in sites.csv");
                } else if (organizations.contains(organization) && !sites.get(site).organizationId().value().equals(organization)) {
                    row.problem("site '" + site + "' belongs to organization '" + sites.get(site).organizationId()
                            + "', not '" + organization + "'");
                }
                if (part.isEmpty() && category.isEmpty()) {
                    row.problem("give a part_id or a category");
                } else if (!part.isEmpty() && !parts.containsKey(part)) {
                    row.problem("part_id '" + part + "' is not in parts.csv");
                } else if (!part.isEmpty() && !category.isEmpty() && !parts.get(part).category().equals(category)) {
                    row.problem("category '" + category + "' differs from part " + part + "'s category '"
                            + parts.get(part).category() + "'");
                } else if (part.isEmpty() && !categories.contains(category)) {
                    row.problem("no part in parts.csv has category '" + category + "'");
                }
                double capacity = row.number("capacity_per_week", 0, Double.POSITIVE_INFINITY);
                double price = row.number("unit_price", 0, Double.POSITIVE_INFINITY);
                double lead = row.number("lead_time_days", 0, Double.POSITIVE_INFINITY);
                double cost = row.number("qualification_cost", 0, Double.POSITIVE_INFINITY);
                double weeks = row.number("qualification_weeks", 0, Double.POSITIVE_INFINITY);
                double readiness = row.number("readiness", 1, 9);
                if (!Double.isNaN(readiness) && readiness != Math.rint(readiness)) {
                    row.problem("readiness must be a whole number from 1 to 9, got " + row.text("readiness"));
                }
                if (row.clean()) {
                    offers.add(new Offer(id, new OrganizationId(organization), new SiteId(site),
                            part.isEmpty() ? null : new PartId(part), part.isEmpty() ? category : parts.get(part).category(),
                            capacity, price, lead, cost, weeks, row.text("export_control"),
                            Double.isNaN(readiness) ? 0 : (int) readiness));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports malformed CSV (a duplicate header, an unclosed quote) this way
            problems.add(new DatasetProblem(FILE, 1, "malformed CSV: " + e.getMessage()));
        }
        return problems.isEmpty() ? new OfferLoad(offers, List.of()) : new OfferLoad(List.of(), problems);
    }

    /** The columns the format defines; any other column is kept by nobody (offers have no attributes). */
    public static Set<String> knownColumns() {
        return KNOWN;
    }

    private static final class Row {
        private final CSVRecord record;
        private final int line;
        private final List<DatasetProblem> problems;
        private final int before;

        Row(CSVRecord record, int line, List<DatasetProblem> problems) {
            this.record = record;
            this.line = line;
            this.problems = problems;
            this.before = problems.size();
        }

        String text(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
        }

        double number(String column, double min, double max) {
            String text = text(column);
            if (text.isEmpty()) {
                return Double.NaN;
            }
            try {
                double value = Double.parseDouble(text);
                if (!(value >= min && value <= max)) {
                    problem(column + " must be " + (max == Double.POSITIVE_INFINITY ? ">= " + fmt(min)
                            : "from " + fmt(min) + " to " + fmt(max)) + ", got " + text);
                }
                return value;
            } catch (NumberFormatException e) {
                problem(column + " is not a number: '" + text + "'");
                return Double.NaN;
            }
        }

        private static String fmt(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }

        void problem(String message) {
            problems.add(new DatasetProblem(FILE, line, message));
        }

        boolean clean() {
            return problems.size() == before;
        }
    }
}
