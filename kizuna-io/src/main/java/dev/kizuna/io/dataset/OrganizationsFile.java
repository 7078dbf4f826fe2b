package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.OrganizationKind;

/** organizations.csv: id, name, country [, parent_id, kind, operating_margin]. */
final class OrganizationsFile {
    /** The parent reference is kept apart so it is checked even when the organization itself is invalid. */
    record Row(Organization organization, OrganizationId parentId) {
    }

    private OrganizationsFile() {
    }

    static IdTable<OrganizationId, Row> newTable() {
        return new IdTable<>(DatasetFile.ORGANIZATIONS, "id");
    }

    static void read(CsvRows csv, IdPool ids, IdTable<OrganizationId, Row> table) {
        int id = csv.column("id");
        int name = csv.column("name");
        int country = csv.column("country");
        int parent = csv.column("parent_id");
        int kind = csv.column("kind");
        int margin = csv.column("operating_margin");
        while (csv.next()) {
            OrganizationId orgId = ids.organization(RowValues.required(csv, id, "id"));
            String orgName = RowValues.required(csv, name, "name");
            CountryCode code = RowValues.country(csv, country, "country", true);
            OrganizationId parentId = ids.organization(csv.cell(parent));
            OrganizationKind orgKind = RowValues.choice(csv, kind, "kind", OrganizationKind.values(),
                    OrganizationKind::key);
            double operatingMargin = RowValues.number(csv, margin, "operating_margin", Range.SIGNED_FRACTION);
            Organization organization = orgId == null || code == null ? null
                    : new Organization(orgId, orgName, code, parentId, orgKind, operatingMargin, csv.attributes());
            table.add(csv, orgId, new Row(organization, parentId));
        }
    }
}
