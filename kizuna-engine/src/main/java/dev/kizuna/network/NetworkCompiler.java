package dev.kizuna.network;

import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Country;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetManifest;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.InventoryLot;
import dev.kizuna.supply.model.Numbers;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import dev.kizuna.supply.model.SourceStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compiles a validated {@link Dataset} into a {@link SupplyNetwork}. Runs once per dataset; every
 * analysis then works on dense int arrays only.
 */
public final class NetworkCompiler {
    private NetworkCompiler() {
    }

    /** Plain holder for the arrays, so the network's constructor stays a field copy. */
    static final class Arrays {
        DatasetManifest manifest;
        String[] partIds;
        double[] partUnitCost;
        String[] partCategory;
        String[] siteIds;
        int[] siteOrganization;
        int[] siteLocationCountry;
        int[] siteControlCountry;
        double[] siteCapacityPerWeek;
        double[] siteDisruptionProbability;
        double[] siteTtrWeeks;
        String[] organizationIds;
        int[] organizationCountry;
        int[] organizationControlCountry;
        int[] organizationParent;
        String[] countryCodes;
        byte[] countryClass;
        double[] countryDisruptionProbability;
        double[] countryTtrWeeks;
        int[] partSourceStart;
        int[] partQualifiedEnd;
        int[] sourcePart;
        int[] sourceSite;
        byte[] sourceStatus;
        double[] sourceShare;
        double[] sourceCapacityPerWeek;
        double[] sourceLeadTimeDays;
        double[] sourceUnitPrice;
        double[] sourceStockUnits;
        double[] partPooledStockUnits;
        int[] rowParent;
        int[] rowChild;
        double[] rowQuantity;
        int[] rowSite;
        int[] sourceBillStart;
        int[] billRows;
        int[] partGenericRowStart;
        int[] partGenericRowEnd;
        int[] rowApprovedStart;
        int[] approvedSource;
        double[] approvedShare;
        int[] childRowStart;
        int[] childRows;
        int[] siteSourceStart;
        int[] siteSources;
        int[] organizationSiteStart;
        int[] organizationSites;
        int[] topologicalOrder;
        String[] systemIds;
        String[] systemNames;
        int[] systemTopPart;
        double[] systemDemandPerWeek;
        double[] systemShortfallCostPerUnit;
    }

    /**
     * @throws IllegalArgumentException when the dataset breaks an invariant that validation guarantees
     *                                  (a dangling reference, a BOM cycle); callers pass validated data
     */
    public static SupplyNetwork compile(Dataset dataset) {
        Arrays a = new Arrays();
        a.manifest = dataset.manifest();
        Indexer parts = new Indexer(dataset.parts().stream().map(p -> p.id().value()).toList(), "part");
        Indexer sites = new Indexer(dataset.sites().stream().map(s -> s.id().value()).toList(), "site");
        Indexer orgs = new Indexer(dataset.organizations().stream().map(o -> o.id().value()).toList(), "organization");
        Indexer systems = new Indexer(dataset.systems().stream().map(s -> s.id().value()).toList(), "system");
        Indexer countries = new Indexer(countryCodesOf(dataset), "country");

        compileParts(dataset, parts, a);
        compileCountries(dataset, countries, a);
        compileOrganizations(dataset, orgs, countries, a);
        compileSites(dataset, sites, orgs, countries, a);
        compileSources(dataset, parts, sites, a);
        compileStock(dataset, parts, sites, a);
        compileRows(dataset, parts, sites, a);
        a.topologicalOrder = TopologicalOrder.of(a.partIds.length, a.rowParent, a.rowChild, a.partIds);
        compileSystems(dataset, systems, parts, a);
        return new SupplyNetwork(a);
    }

    private static List<String> countryCodesOf(Dataset dataset) {
        TreeSet<String> codes = new TreeSet<>();
        dataset.organizations().forEach(o -> codes.add(o.country().value()));
        dataset.sites().forEach(s -> codes.add(s.country().value()));
        dataset.countries().forEach(c -> codes.add(c.code().value()));
        codes.add(dataset.manifest().home().value());
        return new ArrayList<>(codes);
    }

    private static void compileParts(Dataset dataset, Indexer parts, Arrays a) {
        int count = parts.size();
        a.partIds = parts.sortedIds();
        a.partUnitCost = new double[count];
        a.partCategory = new String[count];
        for (Part part : dataset.parts()) {
            int p = parts.index(part.id().value());
            a.partUnitCost[p] = Numbers.orZero(part.unitCost());
            a.partCategory[p] = part.category();
        }
    }

    private static void compileCountries(Dataset dataset, Indexer countries, Arrays a) {
        int count = countries.size();
        a.countryCodes = countries.sortedIds();
        a.countryClass = new byte[count];
        a.countryDisruptionProbability = new double[count];
        a.countryTtrWeeks = new double[count];
        java.util.Arrays.fill(a.countryTtrWeeks, Double.NaN);
        for (int c = 0; c < count; c++) {
            AlignmentClass k = dataset.manifest().alignment().classOf(new dev.kizuna.supply.model.CountryCode(a.countryCodes[c]));
            a.countryClass[c] = (byte) k.ordinal();
        }
        for (Country country : dataset.countries()) {
            int c = countries.index(country.code().value());
            a.countryDisruptionProbability[c] = Numbers.orZero(country.disruptionProbability());
            a.countryTtrWeeks[c] = country.ttrWeeks();
        }
    }

    private static void compileOrganizations(Dataset dataset, Indexer orgs, Indexer countries, Arrays a) {
        int count = orgs.size();
        a.organizationIds = orgs.sortedIds();
        a.organizationCountry = new int[count];
        a.organizationParent = new int[count];
        for (Organization org : dataset.organizations()) {
            int o = orgs.index(org.id().value());
            a.organizationCountry[o] = countries.index(org.country().value());
            a.organizationParent[o] = org.parentId() == null ? -1 : orgs.index(org.parentId().value());
        }
        a.organizationControlCountry = new int[count];
        for (int o = 0; o < count; o++) {
            int root = o;
            int steps = 0;
            while (a.organizationParent[root] >= 0) {
                root = a.organizationParent[root];
                if (++steps > count) {
                    throw new IllegalArgumentException("ownership loop through organization " + a.organizationIds[o]);
                }
            }
            a.organizationControlCountry[o] = a.organizationCountry[root];
        }
    }

    private static void compileSites(Dataset dataset, Indexer sites, Indexer orgs, Indexer countries, Arrays a) {
        int count = sites.size();
        a.siteIds = sites.sortedIds();
        a.siteOrganization = new int[count];
        a.siteLocationCountry = new int[count];
        a.siteControlCountry = new int[count];
        a.siteCapacityPerWeek = new double[count];
        a.siteDisruptionProbability = new double[count];
        a.siteTtrWeeks = new double[count];
        for (Site site : dataset.sites()) {
            int s = sites.index(site.id().value());
            int o = orgs.index(site.organizationId().value());
            a.siteOrganization[s] = o;
            a.siteLocationCountry[s] = countries.index(site.country().value());
            a.siteControlCountry[s] = a.organizationControlCountry[o];
            a.siteCapacityPerWeek[s] = site.capacityPerWeek();
            a.siteDisruptionProbability[s] = Numbers.orZero(site.disruptionProbability());
            a.siteTtrWeeks[s] = site.ttrWeeks();
        }
        int[][] csr = Csr.group(count, a.organizationIds.length, s -> a.siteOrganization[s]);
        a.organizationSiteStart = csr[0];
        a.organizationSites = csr[1];
    }

    private static void compileSources(Dataset dataset, Indexer parts, Indexer sites, Arrays a) {
        List<Source> sources = new ArrayList<>(dataset.sources());
        int[] partOf = new int[sources.size()];
        int[] siteOf = new int[sources.size()];
        long[] tieKey = new long[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            partOf[i] = parts.index(sources.get(i).partId().value());
            siteOf[i] = sites.index(sources.get(i).siteId().value());
            tieKey[i] = ((sources.get(i).isQualified() ? 0L : 1L) << 32) | siteOf[i];
        }
        // qualified first within a part, each group by site index, which is site id order
        int[] order = Csr.sortedByGroup(sources.size(), a.partIds.length, partOf, tieKey);
        int n = sources.size();
        int partCount = a.partIds.length;
        a.sourcePart = new int[n];
        a.sourceSite = new int[n];
        a.sourceStatus = new byte[n];
        a.sourceShare = new double[n];
        a.sourceCapacityPerWeek = new double[n];
        a.sourceLeadTimeDays = new double[n];
        a.sourceUnitPrice = new double[n];
        a.partSourceStart = new int[partCount + 1];
        a.partQualifiedEnd = new int[partCount];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            Source source = sources.get(i);
            a.sourcePart[k] = partOf[i];
            a.sourceSite[k] = siteOf[i];
            a.sourceStatus[k] = (byte) source.status().ordinal();
            a.sourceShare[k] = source.share();
            a.sourceCapacityPerWeek[k] = source.capacityPerWeek();
            a.sourceLeadTimeDays[k] = source.leadTimeDays();
            a.sourceUnitPrice[k] = source.unitPrice();
            a.partSourceStart[partOf[i] + 1]++;
        }
        for (int p = 0; p < partCount; p++) {
            a.partSourceStart[p + 1] += a.partSourceStart[p];
        }
        for (int p = 0; p < partCount; p++) {
            int start = a.partSourceStart[p];
            int end = a.partSourceStart[p + 1];
            int qualifiedEnd = start;
            boolean anyGiven = false;
            while (qualifiedEnd < end && a.sourceStatus[qualifiedEnd] == SourceStatus.QUALIFIED.ordinal()) {
                anyGiven |= Numbers.isPresent(a.sourceShare[qualifiedEnd]);
                qualifiedEnd++;
            }
            a.partQualifiedEnd[p] = qualifiedEnd;
            double equal = 1.0 / Math.max(1, qualifiedEnd - start);
            for (int k = start; k < qualifiedEnd; k++) {
                // validation forbids a mix of given and empty shares; an empty one here would mean 0
                a.sourceShare[k] = anyGiven ? Numbers.orZero(a.sourceShare[k]) : equal;
            }
            for (int k = qualifiedEnd; k < end; k++) {
                a.sourceShare[k] = 0.0;
            }
        }
        int[][] csr = Csr.group(n, a.siteIds.length, k -> a.sourceSite[k]);
        a.siteSourceStart = csr[0];
        a.siteSources = csr[1];
    }

    private static void compileStock(Dataset dataset, Indexer parts, Indexer sites, Arrays a) {
        a.sourceStockUnits = new double[a.sourcePart.length];
        a.partPooledStockUnits = new double[a.partIds.length];
        for (InventoryLot lot : dataset.inventory()) {
            int p = parts.index(lot.partId().value());
            if (lot.siteId() == null) {
                a.partPooledStockUnits[p] += lot.onHand();
            } else {
                int s = sites.index(lot.siteId().value());
                int n = sourceAt(a, p, s);
                if (n < 0) {
                    throw new IllegalArgumentException("inventory of part " + a.partIds[p] + " at site "
                            + a.siteIds[s] + ", which is not one of its sources");
                }
                a.sourceStockUnits[n] += lot.onHand();
            }
        }
    }

    private static int sourceAt(Arrays a, int part, int site) {
        for (int n = a.partSourceStart[part]; n < a.partSourceStart[part + 1]; n++) {
            if (a.sourceSite[n] == site) {
                return n;
            }
        }
        return -1;
    }

    private static void compileRows(Dataset dataset, Indexer parts, Indexer sites, Arrays a) {
        List<BomLine> lines = dataset.bomLines();
        int r = lines.size();
        int[] parentOf = new int[r];
        int[] childOf = new int[r];
        int[] siteOf = new int[r];
        long[] tieKey = new long[r];
        for (int i = 0; i < r; i++) {
            BomLine line = lines.get(i);
            parentOf[i] = parts.index(line.parentId().value());
            childOf[i] = parts.index(line.childId().value());
            siteOf[i] = line.siteId() == null ? -1 : sites.index(line.siteId().value());
            tieKey[i] = ((long) (siteOf[i] + 1) << 32) | childOf[i];
        }
        int[] order = Csr.sortedByGroup(r, a.partIds.length, parentOf, tieKey);
        a.rowParent = new int[r];
        a.rowChild = new int[r];
        a.rowQuantity = new double[r];
        a.rowSite = new int[r];
        List<List<SiteId>> approvedLists = new ArrayList<>(r);
        for (int k = 0; k < r; k++) {
            int i = order[k];
            a.rowParent[k] = parentOf[i];
            a.rowChild[k] = childOf[i];
            a.rowQuantity[k] = lines.get(i).quantity();
            a.rowSite[k] = siteOf[i];
            approvedLists.add(lines.get(i).approvedSites());
        }
        compileBills(a);
        compileApproved(a, approvedLists);
        int[][] csr = Csr.group(r, a.partIds.length, k -> a.rowChild[k]);
        a.childRowStart = csr[0];
        a.childRows = csr[1];
    }

    private static void compileBills(Arrays a) {
        int partCount = a.partIds.length;
        int r = a.rowParent.length;
        a.partGenericRowStart = new int[partCount];
        a.partGenericRowEnd = new int[partCount];
        // rows of a part are contiguous, generic (site -1) first, then by site
        int[] partRowStart = new int[partCount + 1];
        for (int k = 0; k < r; k++) {
            partRowStart[a.rowParent[k] + 1]++;
        }
        for (int p = 0; p < partCount; p++) {
            partRowStart[p + 1] += partRowStart[p];
        }
        for (int p = 0; p < partCount; p++) {
            int k = partRowStart[p];
            a.partGenericRowStart[p] = k;
            while (k < partRowStart[p + 1] && a.rowSite[k] < 0) {
                k++;
            }
            a.partGenericRowEnd[p] = k;
        }
        int n = a.sourcePart.length;
        a.sourceBillStart = new int[n + 1];
        int[] siteRowStart = new int[n];
        int[] siteRowEnd = new int[n];
        for (int src = 0; src < n; src++) {
            int p = a.sourcePart[src];
            int s = a.sourceSite[src];
            int from = a.partGenericRowEnd[p];
            int to = partRowStart[p + 1];
            int lo = from;
            while (lo < to && a.rowSite[lo] < s) {
                lo++;
            }
            int hi = lo;
            while (hi < to && a.rowSite[hi] == s) {
                hi++;
            }
            if (hi > lo) {
                siteRowStart[src] = lo;
                siteRowEnd[src] = hi;
            } else {
                siteRowStart[src] = a.partGenericRowStart[p];
                siteRowEnd[src] = a.partGenericRowEnd[p];
            }
            a.sourceBillStart[src + 1] = a.sourceBillStart[src] + siteRowEnd[src] - siteRowStart[src];
        }
        a.billRows = new int[a.sourceBillStart[n]];
        for (int src = 0; src < n; src++) {
            int pos = a.sourceBillStart[src];
            for (int k = siteRowStart[src]; k < siteRowEnd[src]; k++) {
                a.billRows[pos++] = k;
            }
        }
    }

    private static void compileApproved(Arrays a, List<List<SiteId>> approvedLists) {
        int r = a.rowParent.length;
        a.rowApprovedStart = new int[r + 1];
        for (int k = 0; k < r; k++) {
            int c = a.rowChild[k];
            a.rowApprovedStart[k + 1] = a.rowApprovedStart[k] + a.partQualifiedEnd[c] - a.partSourceStart[c];
        }
        int[] source = new int[a.rowApprovedStart[r]];
        double[] share = new double[a.rowApprovedStart[r]];
        int[] end = new int[r];
        for (int k = 0; k < r; k++) {
            int c = a.rowChild[k];
            int pos = a.rowApprovedStart[k];
            List<SiteId> approved = approvedLists.get(k);
            if (approved.isEmpty()) {
                for (int n = a.partSourceStart[c]; n < a.partQualifiedEnd[c]; n++) {
                    source[pos] = n;
                    share[pos++] = a.sourceShare[n];
                }
            } else {
                int first = pos;
                double sum = 0;
                for (int n = a.partSourceStart[c]; n < a.partQualifiedEnd[c]; n++) {
                    if (contains(approved, a.siteIds[a.sourceSite[n]])) {
                        source[pos] = n;
                        share[pos++] = a.sourceShare[n];
                        sum += a.sourceShare[n];
                    }
                }
                for (int q = first; q < pos; q++) {
                    share[q] = sum > 0 ? share[q] / sum : 1.0 / (pos - first);
                }
            }
            end[k] = pos;
        }
        // restricted rows may keep fewer sources than reserved: compact
        int[] start = new int[r + 1];
        int total = 0;
        for (int k = 0; k < r; k++) {
            start[k] = total;
            total += end[k] - a.rowApprovedStart[k];
        }
        start[r] = total;
        a.approvedSource = new int[total];
        a.approvedShare = new double[total];
        for (int k = 0; k < r; k++) {
            int len = end[k] - a.rowApprovedStart[k];
            System.arraycopy(source, a.rowApprovedStart[k], a.approvedSource, start[k], len);
            System.arraycopy(share, a.rowApprovedStart[k], a.approvedShare, start[k], len);
        }
        a.rowApprovedStart = start;
    }

    private static boolean contains(List<SiteId> approved, String site) {
        for (SiteId id : approved) {
            if (id.value().equals(site)) {
                return true;
            }
        }
        return false;
    }

    private static void compileSystems(Dataset dataset, Indexer systems, Indexer parts, Arrays a) {
        int count = systems.size();
        a.systemIds = systems.sortedIds();
        a.systemNames = new String[count];
        a.systemTopPart = new int[count];
        a.systemDemandPerWeek = new double[count];
        a.systemShortfallCostPerUnit = new double[count];
        for (EndSystem system : dataset.systems()) {
            int y = systems.index(system.id().value());
            a.systemNames[y] = system.name();
            a.systemTopPart[y] = parts.index(system.topPartId().value());
            a.systemDemandPerWeek[y] = Numbers.orZero(system.demandPerWeek());
            a.systemShortfallCostPerUnit[y] = Numbers.orZero(system.shortfallCostPerUnit());
        }
    }

    /** Dense indexes in id order. */
    private static final class Indexer {
        private final String[] sorted;
        private final Map<String, Integer> index;
        private final String what;

        Indexer(List<String> ids, String what) {
            this.what = what;
            sorted = ids.toArray(String[]::new);
            java.util.Arrays.sort(sorted);
            index = new HashMap<>(sorted.length * 2);
            for (int i = 0; i < sorted.length; i++) {
                if (index.put(sorted[i], i) != null) {
                    throw new IllegalArgumentException("duplicate " + what + " id '" + sorted[i] + "'");
                }
            }
        }

        int size() {
            return sorted.length;
        }

        String[] sortedIds() {
            return sorted;
        }

        int index(String id) {
            Integer i = index.get(id);
            if (i == null) {
                throw new IllegalArgumentException("unknown " + what + " id '" + id + "'");
            }
            return i;
        }
    }
}
