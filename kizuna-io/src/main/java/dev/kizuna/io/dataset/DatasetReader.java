package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads and validates a kizuna/1 dataset (a directory, or a zip of one): the whole dataset, or
 * every problem found and nothing else. See docs/validation.md for the rules and messages.
 */
public final class DatasetReader {
    private DatasetReader() {
    }

    /** Never throws for a user's mistake (missing or malformed files, bad values): those are problems. */
    public static LoadResult read(Path directoryOrZip) {
        return read(directoryOrZip, ZipLimits.DEFAULT);
    }

    static LoadResult read(Path directoryOrZip, ZipLimits limits) {
        Objects.requireNonNull(directoryOrZip, "directoryOrZip");
        Problems problems = new Problems();
        DatasetFiles files = DatasetFiles.open(directoryOrZip, limits, problems);
        if (files == null) {
            return new LoadResult.Rejected(problems.sorted());
        }
        try (files) {
            return validate(FileLoader.load(files));
        } catch (IOException e) {
            problems.add(String.valueOf(directoryOrZip.getFileName()), 0, "cannot close: " + e.getMessage());
            return new LoadResult.Rejected(problems.sorted());
        }
    }

    private static LoadResult validate(ParsedFiles files) {
        PartIndex parts = new PartIndex(files.parts());
        OwnershipChecks.run(files.organizations(), files.sites());
        SourceSites sourceSites = SourceChecks.run(files.sources(), parts, files.sites());
        BomGraph bom = BomChecks.run(files.bom(), parts, files.sites(), sourceSites);
        BomCycles.run(bom, parts, files.bom());
        ReferenceChecks.inventory(files.inventory(), parts, files.sites(), sourceSites);
        ReferenceChecks.systems(files.systems(), parts);
        ReferenceChecks.fleet(files.fleet(), files.systems());
        Problems problems = files.problems();
        if (!problems.isEmpty()) {
            return new LoadResult.Rejected(problems.sorted());
        }
        Problems warnings = new Problems();
        warnings.addAll(files.manifest().warnings());
        UnmappedWarnings.run(files.systems(), parts, bom, sourceSites, warnings);
        return new LoadResult.Loaded(dataset(files), warnings.sorted());
    }

    private static Dataset dataset(ParsedFiles files) {
        List<Organization> organizations = files.organizations().rows.stream()
                .map(OrganizationsFile.Row::organization).toList();
        List<Site> sites = files.sites().rows.stream().map(SitesFile.Row::site).toList();
        List<BomLine> bom = files.bom().rows;
        return new Dataset(files.manifest().manifest(), organizations, sites, files.parts().rows, bom,
                files.sources().rows, files.inventory().rows, files.systems().rows, files.fleet().rows,
                files.countries().rows);
    }
}
