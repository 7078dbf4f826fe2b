package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.SiteId;

/** sites.csv: id, organization_id, country [, name, region, latitude, longitude, capacity_per_week, ...]. */
final class SitesFile {
    /** The organization reference is kept apart so it is checked even when the site itself is invalid. */
    record Row(Site site, OrganizationId organizationId) {
    }

    private SitesFile() {
    }

    static IdTable<SiteId, Row> newTable() {
        return new IdTable<>(DatasetFile.SITES, "id");
    }

    static void read(CsvRows csv, IdPool ids, IdTable<SiteId, Row> table) {
        int id = csv.column("id");
        int organization = csv.column("organization_id");
        int country = csv.column("country");
        int name = csv.column("name");
        int region = csv.column("region");
        int latitude = csv.column("latitude");
        int longitude = csv.column("longitude");
        int capacity = csv.column("capacity_per_week");
        int disruption = csv.column("disruption_probability");
        int ttr = csv.column("ttr_weeks");
        TextPool regions = new TextPool();
        while (csv.next()) {
            SiteId siteId = ids.site(RowValues.required(csv, id, "id"));
            OrganizationId orgId = ids.organization(RowValues.required(csv, organization, "organization_id"));
            CountryCode code = RowValues.country(csv, country, "country", true);
            String siteName = csv.cell(name);
            String siteRegion = regions.share(csv.cell(region));
            double lat = RowValues.number(csv, latitude, "latitude", Range.LATITUDE);
            double lon = RowValues.number(csv, longitude, "longitude", Range.LONGITUDE);
            double capacityPerWeek = RowValues.number(csv, capacity, "capacity_per_week", Range.NON_NEGATIVE);
            double probability = RowValues.number(csv, disruption, "disruption_probability", Range.FRACTION);
            double ttrWeeks = RowValues.number(csv, ttr, "ttr_weeks", Range.NON_NEGATIVE);
            Site site = siteId == null || orgId == null || code == null ? null
                    : new Site(siteId, orgId, code, siteName, siteRegion, lat, lon, capacityPerWeek, probability,
                    ttrWeeks, csv.attributes());
            table.add(csv, siteId, new Row(site, orgId));
        }
    }
}
