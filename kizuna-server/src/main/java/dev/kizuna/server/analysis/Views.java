package dev.kizuna.server.analysis;

import dev.kizuna.assessment.AssessmentReport;
import dev.kizuna.content.ClassShares;
import dev.kizuna.server.dataset.VersionSummary;

import java.util.List;

/** JSON views the web pages use, beyond the contract's reports. */
public final class Views {
    private Views() {
    }

    public record Dashboard(VersionSummary version, AssessmentReport.DatasetSummary dataset,
                            AssessmentReport.FleetSummary fleet, List<SystemCard> systems,
                            List<Chokepoint> chokepoints, List<AssessmentReport.SingleSourcePart> singleSources,
                            List<String> notes) {
    }

    /** @param concernExposures how many (part, site, basis) concern exposures the system has */
    public record SystemCard(String id, String name, double value, ClassShares location, ClassShares control,
                             double coverage, int concernExposures) {
    }

    /**
     * An event whose loss alone costs the most.
     *
     * @param weeklyValueAtRisk summed over the systems, dataset currency per week
     */
    public record Chokepoint(int rank, String event, double weeklyValueAtRisk, List<String> systemsStopped) {
    }

    public record NetworkGraph(String system, String name, List<PartNode> nodes, List<BomEdge> edges,
                               boolean truncated) {
    }

    /**
     * @param alignmentClass the class with the largest qualified share (location basis), "unknown" if unmapped
     * @param risk one of single-source, concern, concentrated (HHI over 5000), unmapped, ok
     */
    public record PartNode(String id, String name, int tier, String alignmentClass, String risk,
                           Double countryHhi, List<SourceView> sources) {
    }

    public record SourceView(String site, String organization, String country, String alignmentClass, double share,
                             String status) {
    }

    public record BomEdge(String parent, String child, double quantity) {
    }

    /** @param qualifiedSupply sum of the qualified shares located there: how many parts' worth of supply */
    public record CountrySourcing(String code, String name, String alignmentClass, int sites, int qualifiedSources,
                                  int parts, double qualifiedSupply, List<String> organizations) {
    }

    public record EventCatalog(List<Choice> sites, List<Choice> organizations, List<Choice> countries,
                               List<Choice> parts, List<Choice> systems) {
    }

    /** @param event the event key, e.g. {@code site:ID}; null for systems */
    public record Choice(String id, String label, String event) {
    }
}
