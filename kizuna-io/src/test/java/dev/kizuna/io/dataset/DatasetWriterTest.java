package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.OrganizationKind;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import dev.kizuna.supply.model.SourceStatus;
import dev.kizuna.supply.model.SystemId;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class DatasetWriterTest {
    private static final double NA = Double.NaN;

    @TempDir
    Path dir;

    private static CountryCode cc(String code) {
        return new CountryCode(code);
    }

    private static Dataset tinyDataset(boolean withOptionalFiles) {
        DatasetManifest manifest = new DatasetManifest("kizuna/1", "Tiny \"test\" set", "USD",
                new Alignment(cc("JP"), Set.of(cc("US")), Set.of(cc("TW"), cc("DE")), Set.of(cc("CN"))));
        OrganizationId o1 = new OrganizationId("O1");
        OrganizationId o2 = new OrganizationId("O2");
        List<Organization> organizations = List.of(
                new Organization(o1, "Kizuna Motors, Ltd.", cc("JP"), null, OrganizationKind.PRIME, 0.1,
                        Map.of("website", "example.jp", "lei", "LEI-1")),
                new Organization(o2, "Cells \"R\" Us", cc("CN"), o1, OrganizationKind.MANUFACTURER, NA,
                        Map.of("lei", "")));
        SiteId s1 = new SiteId("S1");
        SiteId s2 = new SiteId("S2");
        SiteId s3 = new SiteId("S3");
        List<Site> sites = List.of(
                new Site(s1, o1, cc("JP"), "Nagoya plant", "Chubu", 35.18, 136.9, 1000, 0.02, 12, Map.of()),
                new Site(s2, o2, cc("CN"), "Line 1\nLine 2", "", NA, NA, NA, 1e-7, NA, Map.of()),
                new Site(s3, o2, cc("VN"), "", "", -10.5, 0.0, 250.5, NA, 4, Map.of()));
        PartId top = new PartId("P1");
        PartId cell = new PartId("P2");
        List<Part> parts = List.of(
                new Part(top, "Quad, 4-rotor", "system", 12500.0, "EAR99", "8806.22", Map.of("tier", "0")),
                new Part(cell, "Li-ion cell", "battery-cell", 3.25, "", "8507.60", Map.of()));
        List<BomLine> bom = List.of(
                new BomLine(top, cell, 4.0, null, List.of(s2, s3)),
                new BomLine(top, cell, 0.5, s1, List.of()));
        List<Source> sources = List.of(
                new Source(top, s1, NA, SourceStatus.QUALIFIED, 20, 30, 13000),
                new Source(cell, s2, 0.65, SourceStatus.QUALIFIED, 5000, 45.5, 3.1),
                new Source(cell, s3, 0.35, SourceStatus.QUALIFIED, NA, NA, NA),
                new Source(cell, s1, NA, SourceStatus.CANDIDATE, NA, NA, NA));
        List<EndSystem> systems = List.of(
                new EndSystem(new SystemId("SYS1"), "Quad", top, "multirotor sUAS", 25, 40000));
        List<InventoryLot> inventory = withOptionalFiles
                ? List.of(new InventoryLot(cell, 1200, s2), new InventoryLot(cell, 300, null))
                : List.of();
        List<FleetHolding> fleet = withOptionalFiles
                ? List.of(new FleetHolding(new SystemId("SYS1"), "JGSDF", 12))
                : List.of();
        List<Country> countries = withOptionalFiles
                ? List.of(new Country(cc("CN"), "China", 0.05, 26), new Country(cc("JP"), "Japan", NA, NA))
                : List.of();
        return new Dataset(manifest, organizations, sites, parts, bom, sources, inventory, systems, fleet, countries);
    }

    private String read(String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void writesTheTinyDatasetExactly() throws IOException {
        DatasetWriter.write(tinyDataset(true), dir);

        assertThat(read("kizuna.yaml")).isEqualTo("""
                format: kizuna/1
                name: "Tiny \\"test\\" set"
                home: JP
                currency: USD
                alignment:
                  ally: [US]
                  partner: [DE, TW]
                  concern: [CN]
                """);
        assertThat(read("organizations.csv")).isEqualTo("""
                id,name,country,parent_id,kind,operating_margin,lei,website
                O1,"Kizuna Motors, Ltd.",JP,,prime,0.1,LEI-1,example.jp
                O2,"Cells ""R"" Us",CN,O1,manufacturer,,,
                """);
        assertThat(read("sites.csv")).isEqualTo("""
                id,organization_id,country,name,region,latitude,longitude,capacity_per_week,\
                disruption_probability,ttr_weeks
                S1,O1,JP,Nagoya plant,Chubu,35.18,136.9,1000,0.02,12
                S2,O2,CN,"Line 1
                Line 2",,,,,0.0000001,
                S3,O2,VN,,,-10.5,0,250.5,,4
                """);
        assertThat(read("parts.csv")).isEqualTo("""
                id,name,category,unit_cost,export_control,hs_code,tier
                P1,"Quad, 4-rotor",system,12500,EAR99,8806.22,0
                P2,Li-ion cell,battery-cell,3.25,,8507.60,
                """);
        assertThat(read("bom.csv")).isEqualTo("""
                parent_id,child_id,quantity,site_id,approved_sites
                P1,P2,4,,S2;S3
                P1,P2,0.5,S1,
                """);
        assertThat(read("sources.csv")).isEqualTo("""
                part_id,site_id,share,status,capacity_per_week,lead_time_days,unit_price
                P1,S1,,qualified,20,30,13000
                P2,S2,0.65,qualified,5000,45.5,3.1
                P2,S3,0.35,qualified,,,
                P2,S1,,candidate,,,
                """);
        assertThat(read("systems.csv")).isEqualTo("""
                id,name,part_id,category,demand_per_week,shortfall_cost_per_unit
                SYS1,Quad,P1,multirotor sUAS,25,40000
                """);
        assertThat(read("inventory.csv")).isEqualTo("""
                part_id,on_hand,site_id
                P2,1200,S2
                P2,300,
                """);
        assertThat(read("fleet.csv")).isEqualTo("""
                system_id,operator,units
                SYS1,JGSDF,12
                """);
        assertThat(read("countries.csv")).isEqualTo("""
                code,name,disruption_probability,ttr_weeks
                CN,China,0.05,26
                JP,Japan,,
                """);
    }

    @Test
    void manifestIsValidYaml() throws IOException {
        DatasetWriter.write(tinyDataset(false), dir);
        Map<String, Object> yaml = new Yaml().load(read("kizuna.yaml"));
        assertThat(yaml).containsEntry("format", "kizuna/1").containsEntry("name", "Tiny \"test\" set")
                .containsEntry("home", "JP").containsEntry("currency", "USD");
        assertThat(yaml.get("alignment")).isEqualTo(
                Map.of("ally", List.of("US"), "partner", List.of("DE", "TW"), "concern", List.of("CN")));
    }

    @Test
    void emptyOptionalFilesAreNotWrittenAndStaleOnesAreRemoved() throws IOException {
        DatasetWriter.write(tinyDataset(true), dir);
        assertThat(dir.resolve("fleet.csv")).exists();

        DatasetWriter.write(tinyDataset(false), dir);

        assertThat(dir.resolve("inventory.csv")).doesNotExist();
        assertThat(dir.resolve("fleet.csv")).doesNotExist();
        assertThat(dir.resolve("countries.csv")).doesNotExist();
        assertThat(dir.resolve("bom.csv")).exists();
    }

    @Test
    void quotedFieldsReadBackUnchanged() throws IOException {
        DatasetWriter.write(tinyDataset(true), dir);
        try (Reader in = Files.newBufferedReader(dir.resolve("sites.csv"));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(records.get(1).get("name")).isEqualTo("Line 1\nLine 2");
            assertThat(records.get(1).get("disruption_probability")).isEqualTo("0.0000001");
        }
        try (Reader in = Files.newBufferedReader(dir.resolve("organizations.csv"));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.get(0).get("name")).isEqualTo("Kizuna Motors, Ltd.");
            assertThat(records.get(1).get("name")).isEqualTo("Cells \"R\" Us");
        }
    }

    @Test
    void attributeNamedLikeAContractColumnIsRejected() {
        Dataset base = tinyDataset(false);
        Part clash = new Part(new PartId("P9"), "x", "", NA, "", "", Map.of("unit_cost", "3"));
        Dataset bad = new Dataset(base.manifest(), base.organizations(), base.sites(), List.of(clash), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> DatasetWriter.write(bad, dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit_cost");
    }

    @Test
    void numberFormattingCases() {
        assertThat(DatasetWriter.formatNumber(1.0)).isEqualTo("1");
        assertThat(DatasetWriter.formatNumber(-3.0)).isEqualTo("-3");
        assertThat(DatasetWriter.formatNumber(-0.0)).isEqualTo("0");
        assertThat(DatasetWriter.formatNumber(0.1)).isEqualTo("0.1");
        assertThat(DatasetWriter.formatNumber(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(DatasetWriter.formatNumber(1e-7)).isEqualTo("0.0000001");
        assertThat(DatasetWriter.formatNumber(-2.5e-10)).isEqualTo("-0.00000000025");
        assertThat(DatasetWriter.formatNumber(12345678.9)).isEqualTo("12345678.9");
        assertThat(DatasetWriter.formatNumber(1e20)).isEqualTo("100000000000000000000");
        assertThat(DatasetWriter.formatNumber(1.5e300)).hasSize(301).startsWith("15").doesNotContain("E");
        assertThat(DatasetWriter.formatNumber(Double.NaN)).isEmpty();
        assertThatThrownBy(() -> DatasetWriter.formatNumber(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 2000)
    void formattedNumbersRoundTripInPlainNotation(@ForAll long bits) {
        double value = Double.longBitsToDouble(bits);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        String text = DatasetWriter.formatNumber(value);
        assertThat(text).doesNotContain("E").doesNotContain("e").doesNotEndWith(".0");
        assertThat(Double.parseDouble(text)).isEqualTo(value == 0.0 ? 0.0 : value);
        // Shortest: one significant digit fewer no longer reads back to the same double. Like
        // Double.toString, two digits may be kept where one would do (only for tiny subnormals).
        BigDecimal decimal = new BigDecimal(text).stripTrailingZeros();
        if (decimal.precision() > 2) {
            BigDecimal shorter = decimal.round(new java.math.MathContext(decimal.precision() - 1));
            assertThat(shorter.doubleValue()).as("shorter %s of %s", shorter, text).isNotEqualTo(value);
        }
    }

    @Test
    void randomDecimalsOfTheGeneratorKindPrintAsWritten() {
        long seed = 20240611L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 10_000; i++) {
            long units = random.nextLong(-1_000_000_000L, 1_000_000_000L);
            int scale = random.nextInt(0, 9);
            BigDecimal expected = BigDecimal.valueOf(units, scale).stripTrailingZeros();
            String written = DatasetWriter.formatNumber(expected.doubleValue());
            assertThat(new BigDecimal(written)).as("seed %d, %s", seed, expected).isEqualByComparingTo(expected);
            assertThat(written).as("seed %d", seed).isEqualTo(expected.scale() <= 0
                    ? expected.toBigInteger().toString() : expected.toPlainString());
        }
    }
}
