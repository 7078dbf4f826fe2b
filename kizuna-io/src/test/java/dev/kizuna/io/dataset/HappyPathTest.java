package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HappyPathTest {
    private static final double NA = Double.NaN;

    @TempDir
    Path dir;

    private static CountryCode cc(String code) {
        return new CountryCode(code);
    }

    private static PartId part(String id) {
        return new PartId(id);
    }

    private static SiteId site(String id) {
        return new SiteId(id);
    }

    private static OrganizationId org(String id) {
        return new OrganizationId(id);
    }

    @Test
    void loadsEveryRecordAsWritten() {
        LoadResult.Loaded loaded = Fixture.valid().loaded(dir);
        Dataset dataset = loaded.dataset();

        assertThat(loaded.warnings()).isEmpty();
        assertThat(dataset.manifest()).isEqualTo(new DatasetManifest("kizuna/1", "Test UAS", "USD",
                new Alignment(cc("JP"), Set.of(cc("US")), Set.of(cc("AU"), cc("TW")), Set.of(cc("CN")))));
        assertThat(dataset.organizations()).containsExactly(
                new Organization(org("acme"), "Acme Holdings", cc("US"), null, OrganizationKind.PRIME, 0.12,
                        Map.of("stock_ticker", "ACM")),
                new Organization(org("acme-jp"), "Acme Japan", cc("JP"), org("acme"), OrganizationKind.MANUFACTURER,
                        NA, Map.of()),
                new Organization(org("motorco"), "MotorCo", cc("CN"), null, OrganizationKind.MANUFACTURER, -0.05,
                        Map.of()));
        assertThat(dataset.sites()).containsExactly(
                new Site(site("s-nagoya"), org("acme-jp"), cc("JP"), "Nagoya works", "Chubu", 35.18, 136.9, 500, 0.02,
                        8, Map.of()),
                new Site(site("s-texas"), org("acme"), cc("US"), "Austin plant", "", 30.27, -97.74, NA, 0.01, NA,
                        Map.of()),
                new Site(site("s-shenzhen"), org("motorco"), cc("CN"), "Shenzhen", "", 22.54, 114.06, 1000, 0.05, 12,
                        Map.of()));
        assertThat(dataset.parts()).containsExactly(
                new Part(part("drone"), "Quadcopter", "airframe", 1200, "EAR99", "8806.22", Map.of("mass_g", "900")),
                new Part(part("motor"), "Brushless motor", "propulsion", 40, "", "8501.31", Map.of("mass_g", "60")),
                new Part(part("magnet"), "NdFeB magnet", "material", 3, "", "", Map.of()));
        assertThat(dataset.bomLines()).containsExactly(
                new BomLine(part("drone"), part("motor"), 4, null, List.of()),
                new BomLine(part("motor"), part("magnet"), 8, site("s-shenzhen"), List.of()),
                new BomLine(part("motor"), part("magnet"), 6, null, List.of(site("s-shenzhen"))));
        assertThat(dataset.sources()).containsExactly(
                new Source(part("drone"), site("s-nagoya"), NA, SourceStatus.QUALIFIED, 100, 30, 1500),
                new Source(part("motor"), site("s-shenzhen"), 0.7, SourceStatus.QUALIFIED, 2000, 45, 35),
                new Source(part("motor"), site("s-texas"), 0.3, SourceStatus.QUALIFIED, NA, 60, 50),
                new Source(part("motor"), site("s-nagoya"), NA, SourceStatus.CANDIDATE, NA, NA, NA),
                new Source(part("magnet"), site("s-shenzhen"), NA, SourceStatus.QUALIFIED, NA, NA, NA));
        assertThat(dataset.inventory()).containsExactly(
                new InventoryLot(part("motor"), 200, site("s-texas")),
                new InventoryLot(part("magnet"), 1000, null));
        assertThat(dataset.systems()).containsExactly(
                new EndSystem(new SystemId("quad"), "Quadcopter", part("drone"), "sUAS", 50, 2000));
        assertThat(dataset.fleet()).containsExactly(new FleetHolding(new SystemId("quad"), "JGSDF", 120));
        assertThat(dataset.countries()).containsExactly(new Country(cc("CN"), "China", 0.1, 26));
    }

    @Test
    void sharesOneIdInstancePerIdText() {
        Dataset dataset = Fixture.valid().loaded(dir).dataset();

        PartId motorInParts = dataset.parts().get(1).id();
        assertThat(dataset.bomLines().get(0).childId()).isSameAs(motorInParts);
        assertThat(dataset.bomLines().get(1).parentId()).isSameAs(motorInParts);
        assertThat(dataset.sources().get(1).partId()).isSameAs(motorInParts);
        assertThat(dataset.sources().get(1).siteId()).isSameAs(dataset.sites().get(2).id());
    }

    @Test
    void optionalFilesMayBeLeftOut() {
        Dataset dataset = Fixture.valid().without("inventory.csv").without("fleet.csv").without("countries.csv")
                .loaded(dir).dataset();

        assertThat(dataset.inventory()).isEmpty();
        assertThat(dataset.fleet()).isEmpty();
        assertThat(dataset.countries()).isEmpty();
        assertThat(dataset.parts()).hasSize(3);
    }

    @Test
    void readsAnyColumnOrderTrimsCellsAndKeepsHashAsText() {
        Dataset dataset = Fixture.valid()
                .put("parts.csv", """
                        unit_cost , name ,id
                         1200 , Quadcopter #1 ,drone
                        40,"  motor, brushless ",motor
                        3,#magnet,magnet
                        """)
                .loaded(dir).dataset();

        assertThat(dataset.parts()).extracting(Part::name)
                .containsExactly("Quadcopter #1", "motor, brushless", "#magnet");
        assertThat(dataset.parts()).extracting(Part::unitCost).containsExactly(1200.0, 40.0, 3.0);
    }

    @Test
    void skipsBlankRowsAndKeepsLineNumbersOfTheRest() {
        Fixture fixture = Fixture.valid().put("parts.csv", """
                id,name,unit_cost

                drone,Quadcopter,1200
                ,,
                motor,Motor,-1
                magnet,Magnet,3
                """);

        assertThat(fixture.problems(dir)).containsExactly("parts.csv:5: unit_cost '-1' must be >= 0");
    }

    @Test
    void warnsAboutPartsASystemNeedsThatHaveNoQualifiedSource() {
        LoadResult.Loaded loaded = Fixture.valid()
                .replace("sources.csv", "magnet,s-shenzhen,,,,,", "magnet,s-shenzhen,,candidate,,,")
                .loaded(dir);

        assertThat(loaded.warnings()).extracting(DatasetProblem::toString).containsExactly(
                "parts.csv:4: part 'magnet' has no qualified source (unmapped): its value-add counts as unknown"
                        + " and disruption analyses treat it as always available");
    }

    @Test
    void warnsAboutUnknownManifestKeysAndStillLoads() {
        LoadResult.Loaded loaded = Fixture.valid().put("kizuna.yaml", Fixture.MANIFEST + "owner: ops team\n")
                .loaded(dir);

        assertThat(loaded.warnings()).extracting(DatasetProblem::toString)
                .containsExactly("kizuna.yaml:9: unknown key 'owner' is ignored");
    }
}
