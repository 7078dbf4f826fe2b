package dev.kizuna.network;

import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.DatasetManifest;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.SourceStatus;
import dev.kizuna.supply.model.SystemId;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The compiled, read-only form of a dataset on which every analysis runs. Entities get dense int
 * indexes in the order of their ids (so iterating by index is already the sorted report order) and
 * relations are stored as CSR arrays: {@code xStart[i] .. xStart[i + 1]} is the range of entity i's
 * entries in the matching payload arrays. Build it with {@link NetworkCompiler}.
 *
 * <h2>Layout</h2>
 * <pre>
 * parts      p in [0, P)   partIds sorted; unit cost (absent = 0)
 * sites      s in [0, S)   siteIds sorted; organization, location and control country, capacity, p, ttr
 * orgs       o in [0, O)   organizationIds sorted; own country, control country (root of parent chain)
 * countries  c in [0, C)   every country code the dataset mentions, sorted; alignment class, p, ttr
 * sources    n in [0, N)   grouped by part: partSourceStart[p] .. partSourceStart[p+1]; within a part the
 *                          qualified sources come first (up to partQualifiedEnd[p]), each group by site id.
 *                          sourceShare is the volume share of spec 3.2 (given, or equal split; 0 if not qualified)
 * rows       r in [0, R)   bom.csv rows sorted by (parent, site with generic first, child)
 * bills      sourceBillStart[n] .. sourceBillStart[n+1] index billRows: children(p, s) of spec 3.3,
 *                          the site-specific rows of (p, s) if any, else p's generic rows.
 *                          partGenericRowStart[p] .. partGenericRowEnd[p] are p's generic rows (children(p, -)).
 * approved   rowApprovedStart[r] .. rowApprovedStart[r+1] index approvedSource/approvedShare: the qualified
 *                          sources of the row's child that may supply this row, with renormalised shares.
 *                          Unrestricted rows list all qualified sources of the child with their own shares.
 * uses       childRowStart[c] .. childRowStart[c+1] index childRows: the rows whose child is part c
 * site srcs  siteSourceStart[s] .. siteSourceStart[s+1] index siteSources: every source at site s
 * org sites  orgSiteStart[o] .. orgSiteStart[o+1] index orgSites: the sites o owns directly
 * topo       topologicalOrder lists every part with all its children before it
 * systems    y in [0, Y)   systemIds sorted; top part, demand per week, shortfall cost per unit
 * stock      sourceStockUnits[n] on hand at that source's site; partPooledStockUnits[p] with no site
 * </pre>
 * Absent optional numbers stay {@code NaN} in the arrays that carry them.
 */
public final class SupplyNetwork implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    final DatasetManifest manifest;

    final String[] partIds;
    final double[] partUnitCost;
    final String[] partCategory;

    final String[] siteIds;
    final int[] siteOrganization;
    final int[] siteLocationCountry;
    final int[] siteControlCountry;
    final double[] siteCapacityPerWeek;
    final double[] siteDisruptionProbability;
    final double[] siteTtrWeeks;

    final String[] organizationIds;
    final int[] organizationCountry;
    final int[] organizationControlCountry;
    final int[] organizationParent;

    final String[] countryCodes;
    final byte[] countryClass;
    final double[] countryDisruptionProbability;
    final double[] countryTtrWeeks;

    final int[] partSourceStart;
    final int[] partQualifiedEnd;
    final int[] sourcePart;
    final int[] sourceSite;
    final byte[] sourceStatus;
    final double[] sourceShare;
    final double[] sourceCapacityPerWeek;
    final double[] sourceLeadTimeDays;
    final double[] sourceUnitPrice;
    final double[] sourceStockUnits;
    final double[] partPooledStockUnits;

    final int[] rowParent;
    final int[] rowChild;
    final double[] rowQuantity;
    final int[] rowSite;
    final int[] sourceBillStart;
    final int[] billRows;
    final int[] partGenericRowStart;
    final int[] partGenericRowEnd;
    final int[] rowApprovedStart;
    final int[] approvedSource;
    final double[] approvedShare;
    final int[] childRowStart;
    final int[] childRows;
    final int[] siteSourceStart;
    final int[] siteSources;
    final int[] organizationSiteStart;
    final int[] organizationSites;
    final int[] topologicalOrder;

    final String[] systemIds;
    final String[] systemNames;
    final int[] systemTopPart;
    final double[] systemDemandPerWeek;
    final double[] systemShortfallCostPerUnit;

    SupplyNetwork(NetworkCompiler.Arrays a) {
        manifest = a.manifest;
        partIds = a.partIds;
        partUnitCost = a.partUnitCost;
        partCategory = a.partCategory;
        siteIds = a.siteIds;
        siteOrganization = a.siteOrganization;
        siteLocationCountry = a.siteLocationCountry;
        siteControlCountry = a.siteControlCountry;
        siteCapacityPerWeek = a.siteCapacityPerWeek;
        siteDisruptionProbability = a.siteDisruptionProbability;
        siteTtrWeeks = a.siteTtrWeeks;
        organizationIds = a.organizationIds;
        organizationCountry = a.organizationCountry;
        organizationControlCountry = a.organizationControlCountry;
        organizationParent = a.organizationParent;
        countryCodes = a.countryCodes;
        countryClass = a.countryClass;
        countryDisruptionProbability = a.countryDisruptionProbability;
        countryTtrWeeks = a.countryTtrWeeks;
        partSourceStart = a.partSourceStart;
        partQualifiedEnd = a.partQualifiedEnd;
        sourcePart = a.sourcePart;
        sourceSite = a.sourceSite;
        sourceStatus = a.sourceStatus;
        sourceShare = a.sourceShare;
        sourceCapacityPerWeek = a.sourceCapacityPerWeek;
        sourceLeadTimeDays = a.sourceLeadTimeDays;
        sourceUnitPrice = a.sourceUnitPrice;
        sourceStockUnits = a.sourceStockUnits;
        partPooledStockUnits = a.partPooledStockUnits;
        rowParent = a.rowParent;
        rowChild = a.rowChild;
        rowQuantity = a.rowQuantity;
        rowSite = a.rowSite;
        sourceBillStart = a.sourceBillStart;
        billRows = a.billRows;
        partGenericRowStart = a.partGenericRowStart;
        partGenericRowEnd = a.partGenericRowEnd;
        rowApprovedStart = a.rowApprovedStart;
        approvedSource = a.approvedSource;
        approvedShare = a.approvedShare;
        childRowStart = a.childRowStart;
        childRows = a.childRows;
        siteSourceStart = a.siteSourceStart;
        siteSources = a.siteSources;
        organizationSiteStart = a.organizationSiteStart;
        organizationSites = a.organizationSites;
        topologicalOrder = a.topologicalOrder;
        systemIds = a.systemIds;
        systemNames = a.systemNames;
        systemTopPart = a.systemTopPart;
        systemDemandPerWeek = a.systemDemandPerWeek;
        systemShortfallCostPerUnit = a.systemShortfallCostPerUnit;
    }

    public DatasetManifest manifest() {
        return manifest;
    }

    // ---- parts ----

    public int partCount() {
        return partIds.length;
    }

    public PartId partId(int part) {
        return new PartId(partIds[part]);
    }

    public String partKey(int part) {
        return partIds[part];
    }

    public String partCategory(int part) {
        return partCategory[part];
    }

    /** Unit cost of the part; an absent cost counts as 0 (spec 3.4). */
    public double partUnitCost(int part) {
        return partUnitCost[part];
    }

    public OptionalInt findPart(PartId id) {
        return find(partIds, id.value());
    }

    public int getPart(PartId id) {
        return get(partIds, id.value(), "part");
    }

    /** A part with no qualified source is unmapped (spec 3.2). */
    public boolean isUnmapped(int part) {
        return partQualifiedEnd[part] == partSourceStart[part];
    }

    /** Parts in an order where every part comes after all its children. */
    public int topologicalPart(int position) {
        return topologicalOrder[position];
    }

    // ---- sources ----

    public int sourceCount() {
        return sourcePart.length;
    }

    public int sourceStart(int part) {
        return partSourceStart[part];
    }

    /** End (exclusive) of the part's qualified sources, which start at {@link #sourceStart(int)}. */
    public int qualifiedSourceEnd(int part) {
        return partQualifiedEnd[part];
    }

    /** End (exclusive) of all the part's sources, qualified or not. */
    public int sourceEnd(int part) {
        return partSourceStart[part + 1];
    }

    public int qualifiedSourceCount(int part) {
        return partQualifiedEnd[part] - partSourceStart[part];
    }

    public int sourcePart(int source) {
        return sourcePart[source];
    }

    public int sourceSite(int source) {
        return sourceSite[source];
    }

    public SourceStatus sourceStatus(int source) {
        return SourceStatus.values()[sourceStatus[source]];
    }

    public boolean isQualified(int source) {
        return sourceStatus[source] == SourceStatus.QUALIFIED.ordinal();
    }

    /** Volume share of the source (spec 3.2): the given share or the equal split; 0 when not qualified. */
    public double sourceShare(int source) {
        return sourceShare[source];
    }

    /** Capacity of this source alone in units per week, {@code NaN} when absent. */
    public double sourceCapacityPerWeek(int source) {
        return sourceCapacityPerWeek[source];
    }

    public double sourceLeadTimeDays(int source) {
        return sourceLeadTimeDays[source];
    }

    public double sourceUnitPrice(int source) {
        return sourceUnitPrice[source];
    }

    /** Units on hand at the source's site for the source's part. */
    public double sourceStockUnits(int source) {
        return sourceStockUnits[source];
    }

    /** Units of the part on hand in stocks not tied to a site. */
    public double pooledStockUnits(int part) {
        return partPooledStockUnits[part];
    }

    public OptionalInt findSource(int part, int site) {
        for (int n = partSourceStart[part]; n < partSourceStart[part + 1]; n++) {
            if (sourceSite[n] == site) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    // ---- bill of materials ----

    public int rowCount() {
        return rowParent.length;
    }

    public int rowParent(int row) {
        return rowParent[row];
    }

    public int rowChild(int row) {
        return rowChild[row];
    }

    public double rowQuantity(int row) {
        return rowQuantity[row];
    }

    /** The site whose bill the row belongs to, or -1 for the part's generic bill. */
    public int rowSite(int row) {
        return rowSite[row];
    }

    /** Start of children(p, s) of source n in {@link #billRow(int)} positions. */
    public int billStart(int source) {
        return sourceBillStart[source];
    }

    public int billEnd(int source) {
        return sourceBillStart[source + 1];
    }

    /** The bom row at a bill position. */
    public int billRow(int position) {
        return billRows[position];
    }

    /** First generic row of the part (children(p, -)); generic rows are contiguous row indexes. */
    public int genericRowStart(int part) {
        return partGenericRowStart[part];
    }

    public int genericRowEnd(int part) {
        return partGenericRowEnd[part];
    }

    /** Start of the row's approved qualified sources in {@link #approvedSource(int)} positions. */
    public int approvedStart(int row) {
        return rowApprovedStart[row];
    }

    public int approvedEnd(int row) {
        return rowApprovedStart[row + 1];
    }

    public int approvedSource(int position) {
        return approvedSource[position];
    }

    /** Share of the approved source within the row, renormalised over the approved sources (spec 3.3). */
    public double approvedShare(int position) {
        return approvedShare[position];
    }

    /** Rows in which the part is the child, as positions of {@link #childRow(int)}. */
    public int childRowStart(int part) {
        return childRowStart[part];
    }

    public int childRowEnd(int part) {
        return childRowStart[part + 1];
    }

    public int childRow(int position) {
        return childRows[position];
    }

    // ---- sites, organizations, countries ----

    public int siteCount() {
        return siteIds.length;
    }

    public SiteId siteId(int site) {
        return new SiteId(siteIds[site]);
    }

    public String siteKey(int site) {
        return siteIds[site];
    }

    public OptionalInt findSite(SiteId id) {
        return find(siteIds, id.value());
    }

    public int getSite(SiteId id) {
        return get(siteIds, id.value(), "site");
    }

    public int siteOrganization(int site) {
        return siteOrganization[site];
    }

    public int siteLocationCountry(int site) {
        return siteLocationCountry[site];
    }

    public int siteControlCountry(int site) {
        return siteControlCountry[site];
    }

    public int siteCountry(int site, Basis basis) {
        return basis == Basis.LOCATION ? siteLocationCountry[site] : siteControlCountry[site];
    }

    public AlignmentClass siteClass(int site, Basis basis) {
        return countryClass(siteCountry(site, basis));
    }

    public double siteCapacityPerWeek(int site) {
        return siteCapacityPerWeek[site];
    }

    /** Probability of the site's own disruption per year; 0 when absent (spec 3.8). */
    public double siteDisruptionProbability(int site) {
        return siteDisruptionProbability[site];
    }

    public double siteTtrWeeks(int site) {
        return siteTtrWeeks[site];
    }

    public int siteSourceStart(int site) {
        return siteSourceStart[site];
    }

    public int siteSourceEnd(int site) {
        return siteSourceStart[site + 1];
    }

    public int siteSource(int position) {
        return siteSources[position];
    }

    public int organizationCount() {
        return organizationIds.length;
    }

    public OrganizationId organizationId(int organization) {
        return new OrganizationId(organizationIds[organization]);
    }

    public String organizationKey(int organization) {
        return organizationIds[organization];
    }

    public OptionalInt findOrganization(OrganizationId id) {
        return find(organizationIds, id.value());
    }

    public int organizationCountry(int organization) {
        return organizationCountry[organization];
    }

    public int organizationControlCountry(int organization) {
        return organizationControlCountry[organization];
    }

    /** The direct parent organization, or -1. */
    public int organizationParent(int organization) {
        return organizationParent[organization];
    }

    public int organizationSiteStart(int organization) {
        return organizationSiteStart[organization];
    }

    public int organizationSiteEnd(int organization) {
        return organizationSiteStart[organization + 1];
    }

    public int organizationSite(int position) {
        return organizationSites[position];
    }

    public int countryCount() {
        return countryCodes.length;
    }

    public CountryCode countryCode(int country) {
        return new CountryCode(countryCodes[country]);
    }

    public String countryKey(int country) {
        return countryCodes[country];
    }

    public OptionalInt findCountry(CountryCode code) {
        return find(countryCodes, code.value());
    }

    public AlignmentClass countryClass(int country) {
        return AlignmentClass.ofOrdinal(countryClass[country]);
    }

    /** Probability of a country-wide disruption per year; 0 when absent (spec 3.8). */
    public double countryDisruptionProbability(int country) {
        return countryDisruptionProbability[country];
    }

    public double countryTtrWeeks(int country) {
        return countryTtrWeeks[country];
    }

    // ---- systems ----

    public int systemCount() {
        return systemIds.length;
    }

    public SystemId systemId(int system) {
        return new SystemId(systemIds[system]);
    }

    public String systemKey(int system) {
        return systemIds[system];
    }

    public String systemName(int system) {
        return systemNames[system];
    }

    public OptionalInt findSystem(SystemId id) {
        return find(systemIds, id.value());
    }

    public int getSystem(SystemId id) {
        return get(systemIds, id.value(), "system");
    }

    public int systemTopPart(int system) {
        return systemTopPart[system];
    }

    public double systemDemandPerWeek(int system) {
        return systemDemandPerWeek[system];
    }

    public double systemShortfallCostPerUnit(int system) {
        return systemShortfallCostPerUnit[system];
    }

    private static OptionalInt find(String[] sortedIds, String id) {
        int index = Arrays.binarySearch(sortedIds, id);
        return index >= 0 ? OptionalInt.of(index) : OptionalInt.empty();
    }

    private static int get(String[] sortedIds, String id, String what) {
        int index = Arrays.binarySearch(sortedIds, id);
        if (index < 0) {
            throw new IllegalArgumentException("no " + what + " with id '" + id + "'");
        }
        return index;
    }
}
