package dev.kizuna.io.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a valid random kizuna/1 dataset of any size: about 3 BOM rows and 2.5 sources per part,
 * a site per 20 parts, an organization per 200. Values never need CSV quoting, so tests may split
 * rows on commas. Deterministic for a seed.
 */
final class GeneratedDataset {
    private static final String[] COUNTRIES = {"JP", "US", "AU", "GB", "DE", "TW", "KR", "CN", "VN", "FR"};
    private static final String[] CATEGORIES = {"airframe", "propulsion", "battery", "sensor", "compute", "radio",
            "material", "fastener"};
    private static final String[] STATUSES = {"qualifying", "candidate"};

    /** Where the files go. */
    interface Sink {
        Appendable open(String fileName) throws IOException;
    }

    private final SplittableRandom random;
    private final int parts;
    private final int sites;
    private final int organizations;
    private final int[][] sourceSites;

    private GeneratedDataset(int parts, long seed) {
        this.random = new SplittableRandom(seed);
        this.parts = Math.max(12, parts);
        this.sites = Math.max(4, this.parts / 20);
        this.organizations = Math.max(3, this.parts / 200);
        this.sourceSites = new int[this.parts][];
    }

    /** The files as text, for small datasets. */
    static Map<String, String> inMemory(int parts, long seed) {
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        generate(parts, seed, name -> files.computeIfAbsent(name, n -> new StringBuilder()));
        Map<String, String> text = new LinkedHashMap<>();
        files.forEach((name, content) -> text.put(name, content.toString()));
        return text;
    }

    /** Streams the files into a directory, for large datasets. */
    static void write(Path directory, int parts, long seed) throws IOException {
        Files.createDirectories(directory);
        List<BufferedWriter> writers = new ArrayList<>();
        try {
            generate(parts, seed, name -> {
                BufferedWriter writer = Files.newBufferedWriter(directory.resolve(name), StandardCharsets.UTF_8);
                writers.add(writer);
                return writer;
            });
        } finally {
            for (BufferedWriter writer : writers) {
                writer.close();
            }
        }
    }

    static void generate(int parts, long seed, Sink sink) {
        try {
            new GeneratedDataset(parts, seed).writeAll(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeAll(Sink sink) throws IOException {
        sink.open("kizuna.yaml").append("""
                format: kizuna/1
                name: generated
                home: JP
                currency: USD
                alignment:
                  ally: [US]
                  partner: [AU, GB, DE, TW, KR, FR]
                  concern: [CN]
                """);
        writeOrganizations(sink.open("organizations.csv"));
        writeSites(sink.open("sites.csv"));
        writeParts(sink.open("parts.csv"));
        writeSources(sink.open("sources.csv"));
        writeBom(sink.open("bom.csv"));
        writeInventory(sink.open("inventory.csv"));
        writeSystems(sink.open("systems.csv"), sink.open("fleet.csv"));
        Appendable countries = sink.open("countries.csv").append("code,name,disruption_probability,ttr_weeks\n");
        for (String code : COUNTRIES) {
            countries.append(code).append(",Country ").append(code).append(',')
                    .append(Double.toString(random.nextInt(100) / 1000.0)).append(',')
                    .append(Integer.toString(random.nextInt(52))).append('\n');
        }
    }

    private String country() {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    private void writeOrganizations(Appendable out) throws IOException {
        out.append("id,name,country,parent_id,kind,operating_margin\n");
        for (int i = 0; i < organizations; i++) {
            String parent = i > 0 && random.nextInt(10) < 3 ? "O" + random.nextInt(i) : "";
            out.append('O').append(Integer.toString(i)).append(",Org ").append(Integer.toString(i)).append(',')
                    .append(country()).append(',').append(parent).append(",manufacturer,")
                    .append(Double.toString((random.nextInt(41) - 20) / 100.0)).append('\n');
        }
    }

    private void writeSites(Appendable out) throws IOException {
        out.append("id,organization_id,country,name,capacity_per_week,disruption_probability,ttr_weeks\n");
        for (int i = 0; i < sites; i++) {
            out.append('S').append(Integer.toString(i)).append(",O").append(Integer.toString(random.nextInt(organizations)))
                    .append(',').append(country()).append(",Site ").append(Integer.toString(i)).append(',')
                    .append(Integer.toString(100 + random.nextInt(10_000))).append(',')
                    .append(Double.toString(random.nextInt(50) / 1000.0)).append(',')
                    .append(Integer.toString(1 + random.nextInt(26))).append('\n');
        }
    }

    private void writeParts(Appendable out) throws IOException {
        out.append("id,name,category,unit_cost,hs_code,mass_g\n");
        for (int i = 0; i < parts; i++) {
            out.append('P').append(Integer.toString(i)).append(",Part ").append(Integer.toString(i)).append(',')
                    .append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append(',')
                    .append(Integer.toString(1 + random.nextInt(5_000))).append(",8507.60,")
                    .append(Integer.toString(random.nextInt(1000))).append('\n');
        }
    }

    /** 1 to 4 sources per part at distinct sites, the first always qualified; shares all given or all empty. */
    private void writeSources(Appendable out) throws IOException {
        out.append("part_id,site_id,share,status,capacity_per_week,lead_time_days,unit_price\n");
        for (int p = 0; p < parts; p++) {
            int count = 1 + random.nextInt(4);
            int[] at = new int[count];
            boolean[] qualified = new boolean[count];
            int qualifiedCount = 0;
            for (int k = 0; k < count; k++) {
                int site;
                do {
                    site = random.nextInt(sites);
                } while (contains(at, k, site));
                at[k] = site;
                qualified[k] = k == 0 || random.nextInt(10) < 8;
                qualifiedCount += qualified[k] ? 1 : 0;
            }
            sourceSites[p] = at;
            boolean giveShares = random.nextBoolean();
            int seen = 0;
            double given = 0;
            for (int k = 0; k < count; k++) {
                String share = "";
                if (qualified[k] && giveShares) {
                    seen++;
                    double value = seen == qualifiedCount ? 1 - given : Math.floor(1000.0 / qualifiedCount) / 1000.0;
                    given += value;
                    share = Double.toString(value);
                }
                out.append('P').append(Integer.toString(p)).append(",S").append(Integer.toString(at[k])).append(',')
                        .append(share).append(',').append(qualified[k] ? "qualified" : STATUSES[random.nextInt(2)])
                        .append(',').append(Integer.toString(10 + random.nextInt(1000))).append(',')
                        .append(Integer.toString(random.nextInt(120))).append(',')
                        .append(Integer.toString(1 + random.nextInt(900))).append('\n');
            }
        }
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Children have higher numbers than their parent, so the BOM is acyclic; three per part where there is room. */
    private void writeBom(Appendable out) throws IOException {
        out.append("parent_id,child_id,quantity,site_id,approved_sites\n");
        for (int p = 0; p < parts - 1; p++) {
            int span = Math.min(2000, parts - 1 - p);
            int count = Math.min(3, span);
            int[] children = new int[count];
            for (int k = 0; k < count; k++) {
                int child;
                do {
                    child = p + 1 + random.nextInt(span);
                } while (contains(children, k, child));
                children[k] = child;
                String site = random.nextInt(10) == 0 ? "S" + sourceSites[p][0] : "";
                String approved = random.nextInt(20) == 0 ? approvedSites(child) : "";
                out.append('P').append(Integer.toString(p)).append(",P").append(Integer.toString(child)).append(',')
                        .append(Integer.toString(1 + random.nextInt(8))).append(',').append(site).append(',')
                        .append(approved).append('\n');
            }
        }
    }

    private String approvedSites(int child) {
        StringBuilder text = new StringBuilder();
        for (int site : sourceSites[child]) {
            if (random.nextBoolean() || text.isEmpty()) {
                text.append(text.isEmpty() ? "" : ";").append('S').append(site);
            }
        }
        return text.toString();
    }

    private void writeInventory(Appendable out) throws IOException {
        out.append("part_id,on_hand,site_id\n");
        for (int p = 0; p < parts; p += 10) {
            String site = random.nextBoolean() ? "S" + sourceSites[p][random.nextInt(sourceSites[p].length)] : "";
            out.append('P').append(Integer.toString(p)).append(',').append(Integer.toString(random.nextInt(500)))
                    .append(',').append(site).append('\n');
        }
    }

    private void writeSystems(Appendable systems, Appendable fleet) throws IOException {
        systems.append("id,name,part_id,category,demand_per_week,shortfall_cost_per_unit\n");
        fleet.append("system_id,operator,units\n");
        for (int s = 0; s < 10; s++) {
            systems.append("SYS").append(Integer.toString(s)).append(",System ").append(Integer.toString(s))
                    .append(",P").append(Integer.toString(s)).append(",sUAS,")
                    .append(Integer.toString(1 + random.nextInt(100))).append(',')
                    .append(Integer.toString(100 + random.nextInt(10_000))).append('\n');
            fleet.append("SYS").append(Integer.toString(s)).append(",Operator ").append(Integer.toString(s % 3))
                    .append(',').append(Integer.toString(random.nextInt(300))).append('\n');
        }
    }
}
