package dev.kizuna.assessment;

import dev.kizuna.content.ClassShares;

import java.util.List;

/**
 * The result of {@code assess}; component names are the JSON keys of the contract (section 4).
 * Lists are sorted by id so reports are deterministic.
 */
public record AssessmentReport(DatasetSummary dataset, List<SystemAssessment> systems, FleetSummary fleet,
                               List<PartAssessment> parts, List<SingleSourcePart> singleSourceParts) {

    public record DatasetSummary(String name, String home, String currency, Counts counts) {
    }

    public record Counts(int organizations, int sites, int parts, int bomLines, int sources, int systems) {
    }

    /** @param value value of one unit in the dataset currency; {@code coverage} = 1 - unknown share */
    public record SystemAssessment(String id, String name, double value, Content content, double coverage,
                                   List<ConcernExposure> concernExposures) {
    }

    public record Content(ClassShares location, ClassShares control) {
    }

    /** @param path part ids from the system's top part to {@code part} */
    public record ConcernExposure(String part, String site, String country, String basis, List<String> path) {
    }

    public record FleetSummary(double units, ClassShares origin) {
    }

    /** @param countryHhi 0..10000, {@code null} for an unmapped part (no source, no concentration) */
    public record PartAssessment(String id, int qualifiedSources, Double countryHhi, List<String> systems) {
    }

    public record SingleSourcePart(String part, String site, String country, List<String> systems) {
    }
}
