package dev.kizuna.server.supplier;

import dev.kizuna.server.dataset.DatasetFiles;
import dev.kizuna.server.dataset.ImportOutcome;
import dev.kizuna.server.dataset.ImportService;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.dataset.VersionCache;
import dev.kizuna.server.dataset.VersionStore;
import dev.kizuna.server.security.KizunaUser;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.Source;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A supplier's window on the data: it reads its own organizations, sites and sources in the latest
 * version, and edits the numbers it is the authority for (capacities, lead times, prices). An edit
 * makes a new version derived from the latest, validated like any import.
 */
@Service
public class SupplierService {
    private final VersionCache versions;
    private final VersionStore store;
    private final ImportService imports;

    public SupplierService(VersionCache versions, VersionStore store, ImportService imports) {
        this.versions = versions;
        this.store = store;
        this.imports = imports;
    }

    public record OwnData(long versionId, String organization, List<Organization> organizations, List<Site> sites,
                          List<OwnSource> sources) {
    }

    /** A source at one of the supplier's sites, with the part's name and its own numbers only. */
    public record OwnSource(String part, String partName, String site, String status, double share,
                            double capacityPerWeek, double leadTimeDays, double unitPrice) {
    }

    /** Numbers to set; a null leaves the value as it is. */
    public record SourceEdit(String part, String site, Double capacityPerWeek, Double leadTimeDays, Double unitPrice) {
    }

    public record SiteEdit(String site, Double capacityPerWeek) {
    }

    public record Edits(List<SiteEdit> sites, List<SourceEdit> sources) {
        public Edits {
            sites = sites == null ? List.of() : sites;
            sources = sources == null ? List.of() : sources;
        }
    }

    public OwnData own(KizunaUser user) {
        LoadedVersion version = versions.get("latest");
        SupplierScope scope = scope(user, version.dataset());
        Dataset dataset = version.dataset();
        Map<String, Part> parts = dataset.parts().stream().collect(Collectors.toMap(p -> p.id().value(), p -> p));
        List<Organization> orgs = dataset.organizations().stream()
                .filter(o -> scope.organizations().contains(o.id().value()))
                .sorted((a, b) -> a.id().value().compareTo(b.id().value())).toList();
        List<Site> sites = dataset.sites().stream().filter(s -> scope.ownsSite(s.id().value()))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        List<OwnSource> sources = dataset.sources().stream().filter(s -> scope.ownsSite(s.siteId().value()))
                .sorted((a, b) -> (a.partId().value() + "@" + a.siteId().value())
                        .compareTo(b.partId().value() + "@" + b.siteId().value()))
                .map(s -> ownSource(s, parts.get(s.partId().value()))).toList();
        return new OwnData(version.id(), scope.organization(), orgs, sites, sources);
    }

    private static OwnSource ownSource(Source source, Part part) {
        return new OwnSource(source.partId().value(), part == null ? "" : part.name(), source.siteId().value(),
                source.status().name().toLowerCase(Locale.ROOT), source.share(), source.capacityPerWeek(),
                source.leadTimeDays(), source.unitPrice());
    }

    /**
     * Applies the edits to the latest version's files and imports the result as a new version.
     *
     * @throws AccessDeniedException when an edit names a site of another organization
     */
    public ImportOutcome edit(KizunaUser user, Edits edits) {
        LoadedVersion version = versions.get("latest");
        SupplierScope scope = scope(user, version.dataset());
        for (SiteEdit edit : edits.sites()) {
            requireOwn(scope, edit.site());
        }
        for (SourceEdit edit : edits.sources()) {
            requireOwn(scope, edit.site());
        }
        if (edits.sites().isEmpty() && edits.sources().isEmpty()) {
            throw new IllegalArgumentException("no edits");
        }
        Map<String, String> files = new TreeMap<>(store.files(version.id()).files());
        if (!edits.sites().isEmpty()) {
            CsvEdit sites = CsvEdit.parse(files.get("sites.csv"));
            for (SiteEdit edit : edits.sites()) {
                Map<String, String> cells = new LinkedHashMap<>();
                put(cells, "capacity_per_week", edit.capacityPerWeek());
                if (sites.update(row -> edit.site().equals(row.get("id")), cells) == 0) {
                    throw new IllegalArgumentException("no site " + edit.site());
                }
            }
            files.put("sites.csv", sites.write());
        }
        if (!edits.sources().isEmpty()) {
            CsvEdit sources = CsvEdit.parse(files.get("sources.csv"));
            for (SourceEdit edit : edits.sources()) {
                Map<String, String> cells = new LinkedHashMap<>();
                put(cells, "capacity_per_week", edit.capacityPerWeek());
                put(cells, "lead_time_days", edit.leadTimeDays());
                put(cells, "unit_price", edit.unitPrice());
                int matched = sources.update(row -> edit.part().equals(row.get("part_id"))
                        && edit.site().equals(row.get("site_id")), cells);
                if (matched == 0) {
                    throw new IllegalArgumentException("no source of part " + edit.part() + " at site " + edit.site());
                }
            }
            files.put("sources.csv", sources.write());
        }
        String origin = "edit by " + user.getUsername() + " for " + scope.organization();
        return imports.importFiles(DatasetFiles.of(files), origin, version.summary().label(), version.id(),
                user.getUsername(), "supplier-edit");
    }

    private static void put(Map<String, String> cells, String column, Double value) {
        if (value != null) {
            if (value.isNaN() || value < 0) {
                throw new IllegalArgumentException(column + " must be a number >= 0");
            }
            cells.put(column, CsvEdit.number(value));
        }
    }

    private static void requireOwn(SupplierScope scope, String site) {
        if (site == null || !scope.ownsSite(site)) {
            throw new AccessDeniedException("site " + site + " does not belong to organization " + scope.organization());
        }
    }

    private static SupplierScope scope(KizunaUser user, Dataset dataset) {
        String organization = user.findOrganization()
                .orElseThrow(() -> new AccessDeniedException("this user speaks for no organization"));
        return SupplierScope.of(dataset, organization);
    }
}
