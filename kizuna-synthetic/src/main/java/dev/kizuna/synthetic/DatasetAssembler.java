package dev.kizuna.synthetic;

import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Country;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetManifest;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.FleetHolding;
import dev.kizuna.supply.model.InventoryLot;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import dev.kizuna.supply.model.SourceStatus;
import dev.kizuna.supply.model.SystemId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Turns the generator's arrays into the immutable domain records, drawing the remaining numbers. */
final class DatasetAssembler {
    static final String FORMAT = "kizuna/1";
    static final double INVENTORY_SHARE = 0.05;
    static final String[] OPERATORS = {"JGSDF", "JMSDF", "JASDF", "JCG", "NPA"};

    private record SystemKind(String code, String label, boolean counterUas, int weight) {
    }

    private static final SystemKind[] SYSTEM_KINDS = {
        new SystemKind("MR", "multirotor sUAS", false, 35),
        new SystemKind("FW", "fixed-wing UAS", false, 20),
        new SystemKind("VT", "VTOL UAS", false, 20),
        new SystemKind("CD", "counter-UAS detection", true, 15),
        new SystemKind("CM", "counter-UAS mitigation", true, 10),
    };

    private final GeneratorSettings settings;
    private final CountryCatalog countries;
    private final TierLayout layout;
    private final OrganizationNetwork network;
    private final SourcePlan sourcePlan;
    private final BomPlan bom;
    private final Economics economics;
    private final SplittableRandom random;

    private final PartId[] partIds;
    private final SiteId[] siteIds;
    private final OrganizationId[] organizationIds;
    private final SystemId[] systemIds;
    private final SystemKind[] systemKinds;

    DatasetAssembler(GeneratorSettings settings, CountryCatalog countries, TierLayout layout,
                     OrganizationNetwork network, SourcePlan sourcePlan, BomPlan bom, Economics economics,
                     SplittableRandom random) {
        this.settings = settings;
        this.countries = countries;
        this.layout = layout;
        this.network = network;
        this.sourcePlan = sourcePlan;
        this.bom = bom;
        this.economics = economics;
        this.random = random;
        partIds = new PartId[layout.parts()];
        IdFormat partFormat = new IdFormat("P", 7, partIds.length);
        for (int i = 0; i < partIds.length; i++) {
            partIds[i] = new PartId(partFormat.format(i + 1));
        }
        siteIds = new SiteId[network.sites];
        IdFormat siteFormat = new IdFormat("S", 6, siteIds.length);
        for (int i = 0; i < siteIds.length; i++) {
            siteIds[i] = new SiteId(siteFormat.format(i + 1));
        }
        organizationIds = new OrganizationId[network.organizations];
        IdFormat organizationFormat = new IdFormat("O", 5, organizationIds.length);
        for (int i = 0; i < organizationIds.length; i++) {
            organizationIds[i] = new OrganizationId(organizationFormat.format(i + 1));
        }
        systemIds = new SystemId[settings.systems()];
        systemKinds = new SystemKind[settings.systems()];
        IdFormat systemFormat = new IdFormat("SYS", 3, systemIds.length);
        for (int i = 0; i < systemIds.length; i++) {
            systemIds[i] = new SystemId(systemFormat.format(i + 1));
            systemKinds[i] = drawSystemKind();
        }
    }

    private SystemKind drawSystemKind() {
        int target = random.nextInt(100);
        for (SystemKind kind : SYSTEM_KINDS) {
            target -= kind.weight();
            if (target < 0) {
                return kind;
            }
        }
        return SYSTEM_KINDS[0];
    }

    Dataset assemble() {
        double[] siteLoad = new double[network.sites];
        List<Source> sources = sources(siteLoad);
        DatasetManifest manifest = new DatasetManifest(FORMAT, "Synthetic UAS supply network (" + settings.parts()
                + " parts, seed " + settings.seed() + ")", "USD", CountryCatalog.ALIGNMENT);
        return new Dataset(manifest, organizations(), sites(siteLoad), parts(), bomLines(), sources, inventory(),
                systems(), fleet(), usedCountries());
    }

    private List<Organization> organizations() {
        List<Organization> result = new ArrayList<>(network.organizations);
        for (int i = 0; i < network.organizations; i++) {
            int parent = network.orgParent[i];
            result.add(new Organization(organizationIds[i], network.orgName[i],
                    countries.get(network.orgCountry[i]).code(), parent < 0 ? null : organizationIds[parent],
                    network.orgKind[i], network.orgMargin[i], Map.of()));
        }
        return result;
    }

    private List<Site> sites(double[] siteLoad) {
        List<Site> result = new ArrayList<>(network.sites);
        for (int i = 0; i < network.sites; i++) {
            CountryCatalog.Profile profile = countries.get(network.siteCountry[i]);
            double capacity;
            if (random.nextDouble() < 0.1) {
                capacity = Double.NaN;
            } else if (siteLoad[i] > 0) {
                // Some sites are the bottleneck of their sources, some have room to spare.
                capacity = Math.max(1, Math.round(siteLoad[i] * random.nextDouble(0.6, 1.3)));
            } else {
                capacity = Math.round(Draw.logUniform(random, 100, 10_000));
            }
            result.add(new Site(siteIds[i], organizationIds[network.siteOrg[i]], profile.code(), network.siteName[i],
                    profile.region(), network.latitude[i], network.longitude[i], capacity,
                    network.siteDisruptionProbability[i], network.siteTtrWeeks[i], Map.of()));
        }
        return result;
    }

    private List<Part> parts() {
        List<Part> result = new ArrayList<>(layout.parts());
        int tiers = layout.tiers();
        List<Map<String, String>> tierAttributes = new ArrayList<>();
        for (int tier = 0; tier < tiers; tier++) {
            tierAttributes.add(Map.of("tier", Integer.toString(tier)));
        }
        for (int i = 0; i < layout.parts(); i++) {
            int tier = layout.tierOf(i);
            PartCatalog.Category category;
            String name;
            if (tier == 0) {
                SystemKind kind = systemKinds[i];
                category = kind.counterUas() ? PartCatalog.COUNTER_UAS_SYSTEM : PartCatalog.UAS_SYSTEM;
                name = systemName(i) + " top assembly";
            } else {
                category = Draw.pick(random, PartCatalog.categories(PartCatalog.levelOf(tier, tiers)));
                name = category.label() + " #" + (i + 1);
            }
            double unitCost = tier > 0 && random.nextDouble() < 0.005 ? Double.NaN : economics.cost[i];
            result.add(new Part(partIds[i], name, category.key(), unitCost, category.exportControl(),
                    category.hsCode(), tierAttributes.get(tier)));
        }
        return result;
    }

    private List<BomLine> bomLines() {
        int rows = bom.child.size();
        List<BomLine> result = new ArrayList<>(rows);
        List<List<SiteId>> approvedLists = new ArrayList<>(bom.approvedLists.size());
        for (int[] list : bom.approvedLists) {
            SiteId[] ids = new SiteId[list.length];
            for (int i = 0; i < list.length; i++) {
                ids[i] = siteIds[list[i]];
            }
            approvedLists.add(List.of(ids));
        }
        for (int parent = 0; parent < layout.parts(); parent++) {
            for (int row = bom.start[parent]; row < bom.start[parent + 1]; row++) {
                int siteIndex = bom.site.get(row);
                int approvedIndex = bom.approved.get(row);
                result.add(new BomLine(partIds[parent], partIds[bom.child.get(row)], bom.quantity.get(row),
                        siteIndex < 0 ? null : siteIds[siteIndex],
                        approvedIndex < 0 ? List.of() : approvedLists.get(approvedIndex)));
            }
        }
        return result;
    }

    private List<Source> sources(double[] siteLoad) {
        List<Source> result = new ArrayList<>(sourcePlan.site.size());
        SourceStatus[] statuses = SourceStatus.values();
        int tiers = layout.tiers();
        for (int part = 0; part < layout.parts(); part++) {
            int qualified = sourcePlan.qualifiedCount[part];
            double demand = economics.demandPerWeek[part];
            PartCatalog.Level level = PartCatalog.levelOf(layout.tierOf(part), tiers);
            for (int row = sourcePlan.start[part]; row < sourcePlan.start[part + 1]; row++) {
                SourceStatus status = statuses[sourcePlan.status[row]];
                double share = sourcePlan.share.get(row);
                double capacity;
                if (random.nextDouble() < 0.1) {
                    capacity = Double.NaN;
                } else if (status == SourceStatus.QUALIFIED) {
                    double volume = Double.isNaN(share) ? 1.0 / qualified : share;
                    capacity = Math.max(1, Math.round(demand * volume * random.nextDouble(1.1, 3.0)));
                    siteLoad[sourcePlan.site.get(row)] += capacity;
                } else {
                    capacity = Math.max(1, Math.round(demand * random.nextDouble(0.1, 0.6)));
                }
                double leadTime = random.nextDouble() < 0.05 ? Double.NaN : leadTimeDays(level);
                double price = random.nextDouble() < 0.15 ? Double.NaN
                        : Draw.cents(economics.cost[part] * random.nextDouble(0.9, 1.25));
                result.add(new Source(partIds[part], siteIds[sourcePlan.site.get(row)], share, status, capacity,
                        leadTime, price));
            }
        }
        return result;
    }

    private double leadTimeDays(PartCatalog.Level level) {
        return switch (level) {
            case SYSTEM -> 30 + random.nextInt(151);
            case MAJOR_ASSEMBLY, ASSEMBLY -> 14 + random.nextInt(47);
            case COMPONENT -> 14 + random.nextInt(77);
            case MATERIAL -> 30 + random.nextInt(91);
        };
    }

    /** Stock for a few parts: pooled (usable by any consumer) or held at one of the part's qualified sources. */
    private List<InventoryLot> inventory() {
        List<InventoryLot> result = new ArrayList<>();
        // Always a pooled stockpile of the most used material and stock at the first assembly's
        // main source, so that even small datasets exercise both kinds of stock.
        int pooledMaterial = layout.start(layout.tiers() - 1);
        int heldAssembly = layout.start(1);
        for (int part = 0; part < layout.parts(); part++) {
            boolean forced = part == pooledMaterial || part == heldAssembly;
            if (random.nextDouble() >= INVENTORY_SHARE && !forced) {
                continue;
            }
            double onHand = Math.max(1, Math.round(economics.demandPerWeek[part] * random.nextDouble(1, 8)));
            int qualified = sourcePlan.qualifiedCount[part];
            SiteId site = null;
            if (part == heldAssembly && qualified > 0) {
                site = siteIds[sourcePlan.site.get(sourcePlan.qualified(part, 0))];
            } else if (qualified > 0 && part != pooledMaterial && random.nextDouble() >= 0.4) {
                site = siteIds[sourcePlan.site.get(sourcePlan.qualified(part, random.nextInt(qualified)))];
            }
            result.add(new InventoryLot(partIds[part], onHand, site));
        }
        return result;
    }

    private String systemName(int system) {
        SystemKind kind = systemKinds[system];
        return kind.code() + "-" + (system + 1) + " " + kind.label();
    }

    private List<EndSystem> systems() {
        List<EndSystem> result = new ArrayList<>(systemIds.length);
        for (int i = 0; i < systemIds.length; i++) {
            double shortfallCost = Math.round(economics.cost[i] * random.nextDouble(1.5, 4));
            result.add(new EndSystem(systemIds[i], systemName(i), partIds[i], systemKinds[i].label(),
                    economics.systemDemandPerWeek[i], shortfallCost));
        }
        return result;
    }

    private List<FleetHolding> fleet() {
        List<FleetHolding> result = new ArrayList<>();
        for (int i = 0; i < systemIds.length; i++) {
            if (random.nextDouble() < 0.1 && i > 0) {
                continue;
            }
            int operators = 1 + random.nextInt(3);
            int first = random.nextInt(OPERATORS.length);
            for (int n = 0; n < operators; n++) {
                result.add(new FleetHolding(systemIds[i], OPERATORS[(first + n) % OPERATORS.length],
                        1 + random.nextInt(200)));
            }
        }
        return result;
    }

    private List<Country> usedCountries() {
        boolean[] used = new boolean[countries.size()];
        for (int country : network.orgCountry) {
            used[country] = true;
        }
        for (int country : network.siteCountry) {
            used[country] = true;
        }
        List<Country> result = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            if (used[i]) {
                CountryCatalog.Profile profile = countries.get(i);
                result.add(new Country(profile.code(), profile.name(), profile.disruptionProbability(),
                        profile.ttrWeeks()));
            }
        }
        return result;
    }
}
