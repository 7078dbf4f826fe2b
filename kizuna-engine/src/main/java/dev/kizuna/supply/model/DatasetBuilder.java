package dev.kizuna.supply.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Dataset} in code: hand-made oracle cases in tests, generated networks, examples.
 * Absent numbers are {@code NaN}. It does not validate; load files through the reader for that.
 */
public final class DatasetBuilder {
    private DatasetManifest manifest;
    private final List<Organization> organizations = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final List<BomLine> bomLines = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<InventoryLot> inventory = new ArrayList<>();
    private final List<EndSystem> systems = new ArrayList<>();
    private final List<FleetHolding> fleet = new ArrayList<>();
    private final List<Country> countries = new ArrayList<>();

    /** Home JP, ally US, partner DE, concern CN: the alignment most hand-made cases need. */
    public static DatasetBuilder jpUs() {
        return new DatasetBuilder().manifest("test", "JP", "USD", Set.of("US"), Set.of("DE", "GB"), Set.of("CN"));
    }

    public DatasetBuilder manifest(String name, String home, String currency, Set<String> ally, Set<String> partner,
                                   Set<String> concern) {
        manifest = new DatasetManifest("kizuna/1", name, currency, new Alignment(new CountryCode(home),
                codes(ally), codes(partner), codes(concern)));
        return this;
    }

    private static Set<CountryCode> codes(Set<String> values) {
        return Set.copyOf(values.stream().map(CountryCode::new).toList());
    }

    public DatasetBuilder organization(String id, String country) {
        return organization(id, country, null);
    }

    public DatasetBuilder organization(String id, String country, String parentId) {
        organizations.add(new Organization(new OrganizationId(id), id, new CountryCode(country),
                parentId == null ? null : new OrganizationId(parentId), null, Double.NaN, Map.of()));
        return this;
    }

    public DatasetBuilder add(Organization organization) {
        organizations.add(organization);
        return this;
    }

    /** A site with no capacity, probability or TTR. */
    public DatasetBuilder site(String id, String organizationId, String country) {
        return site(id, organizationId, country, Double.NaN, Double.NaN, Double.NaN);
    }

    public DatasetBuilder site(String id, String organizationId, String country, double capacityPerWeek,
                               double disruptionProbability, double ttrWeeks) {
        sites.add(new Site(new SiteId(id), new OrganizationId(organizationId), new CountryCode(country), id, "",
                Double.NaN, Double.NaN, capacityPerWeek, disruptionProbability, ttrWeeks, Map.of()));
        return this;
    }

    public DatasetBuilder add(Site site) {
        sites.add(site);
        return this;
    }

    public DatasetBuilder part(String id, double unitCost) {
        return part(id, "", unitCost);
    }

    public DatasetBuilder part(String id, String category, double unitCost) {
        parts.add(new Part(new PartId(id), id, category, unitCost, "", "", Map.of()));
        return this;
    }

    public DatasetBuilder add(Part part) {
        parts.add(part);
        return this;
    }

    public DatasetBuilder bom(String parentId, String childId, double quantity) {
        return bom(parentId, childId, quantity, null);
    }

    /** A BOM row; {@code siteId} may be null (generic bill), approved sites may be empty (all). */
    public DatasetBuilder bom(String parentId, String childId, double quantity, String siteId, String... approvedSites) {
        bomLines.add(new BomLine(new PartId(parentId), new PartId(childId), quantity,
                siteId == null ? null : new SiteId(siteId), Arrays.stream(approvedSites).map(SiteId::new).toList()));
        return this;
    }

    /** A qualified source with the given share ({@code NaN} for an equal split). */
    public DatasetBuilder source(String partId, String siteId, double share) {
        return add(new Source(new PartId(partId), new SiteId(siteId), share, SourceStatus.QUALIFIED, Double.NaN,
                Double.NaN, Double.NaN));
    }

    public DatasetBuilder source(String partId, String siteId, double share, SourceStatus status,
                                 double capacityPerWeek) {
        return add(new Source(new PartId(partId), new SiteId(siteId), share, status, capacityPerWeek, Double.NaN,
                Double.NaN));
    }

    public DatasetBuilder add(Source source) {
        sources.add(source);
        return this;
    }

    public DatasetBuilder stock(String partId, String siteIdOrNull, double onHand) {
        inventory.add(new InventoryLot(new PartId(partId), onHand, siteIdOrNull == null ? null : new SiteId(siteIdOrNull)));
        return this;
    }

    public DatasetBuilder system(String id, String topPartId) {
        return system(id, topPartId, Double.NaN, Double.NaN);
    }

    public DatasetBuilder system(String id, String topPartId, double demandPerWeek, double shortfallCostPerUnit) {
        systems.add(new EndSystem(new SystemId(id), id, new PartId(topPartId), "", demandPerWeek, shortfallCostPerUnit));
        return this;
    }

    public DatasetBuilder fleet(String systemId, String operator, double units) {
        fleet.add(new FleetHolding(new SystemId(systemId), operator, units));
        return this;
    }

    public DatasetBuilder country(String code, double disruptionProbability, double ttrWeeks) {
        countries.add(new Country(new CountryCode(code), code, disruptionProbability, ttrWeeks));
        return this;
    }

    public Dataset build() {
        if (manifest == null) {
            throw new IllegalStateException("call manifest(...) or start from jpUs()");
        }
        return new Dataset(manifest, organizations, sites, parts, bomLines, sources, inventory, systems, fleet, countries);
    }
}
