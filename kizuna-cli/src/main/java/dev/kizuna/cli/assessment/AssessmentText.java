package dev.kizuna.cli.assessment;

import dev.kizuna.assessment.AssessmentReport;
import dev.kizuna.assessment.AssessmentReport.ConcernExposure;
import dev.kizuna.assessment.AssessmentReport.PartAssessment;
import dev.kizuna.assessment.AssessmentReport.SystemAssessment;
import dev.kizuna.cli.TextTable;
import dev.kizuna.content.ClassShares;
import dev.kizuna.supply.model.Basis;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

import static dev.kizuna.cli.TextTable.money;
import static dev.kizuna.cli.TextTable.number;
import static dev.kizuna.cli.TextTable.percent;

/** The terminal report of {@code assess}. */
final class AssessmentText {
    private static final int BAR_WIDTH = 30;
    private static final int MAX_EXPOSURES_PER_SYSTEM = 12;
    private static final int MAX_SYSTEMS_PER_CELL = 6;
    private static final int MAX_SYSTEMS_WITH_EXPOSURES = 20;

    private final AssessmentReport report;
    private final Basis basis;
    private final int top;
    private final int singleSourceLimit;

    AssessmentText(AssessmentReport report, Basis basis, int top) {
        this.report = report;
        this.basis = basis;
        this.top = top;
        this.singleSourceLimit = Math.max(top, 40);
    }


    void print(PrintWriter out) {
        var dataset = report.dataset();
        var counts = dataset.counts();
        out.println("Kizuna assessment: " + dataset.name());
        out.printf("home %s, currency %s: %d organizations, %d sites, %d parts, %d BOM lines, %d sources, %d systems%n",
                dataset.home(), dataset.currency(), counts.organizations(), counts.sites(), counts.parts(),
                counts.bomLines(), counts.sources(), counts.systems());
        printSystems(out, dataset.currency());
        printFleet(out);
        printSingleSources(out);
        printConcentration(out);
        printExposures(out);
        out.flush();
    }

    private void printSystems(PrintWriter out, String currency) {
        out.println();
        out.println("Systems: value of one unit and its content by origin");
        TextTable table = new TextTable("system", "value (" + currency + ")", "basis", "home", "ally", "partner",
                "other", "concern", "unknown", "coverage", "content").right(1, 3, 4, 5, 6, 7, 8, 9);
        for (SystemAssessment system : report.systems()) {
            addContentRow(table, system.id(), money(system.value()), "location", system.content().location(),
                    percent(system.coverage()));
            addContentRow(table, "", "", "control", system.content().control(), "");
        }
        table.print(out, "  ");
        out.println("  " + ContentBar.LEGEND);
    }

    private static void addContentRow(TextTable table, String id, String value, String basis, ClassShares c,
                                      String coverage) {
        table.row(id, value, basis, percent(c.home()), percent(c.ally()), percent(c.partner()), percent(c.other()),
                percent(c.concern()), percent(c.unknown()), coverage, ContentBar.of(c, BAR_WIDTH));
    }

    private void printFleet(PrintWriter out) {
        out.println();
        var fleet = report.fleet();
        if (fleet.units() <= 0) {
            out.println("Fleet: no fleet.csv rows, so no fleet origin");
            return;
        }
        ClassShares o = fleet.origin();
        out.printf("Fleet origin (%s units, by where each system's top part is made)%n", number(fleet.units()));
        out.printf("  home %s  ally %s  partner %s  other %s  concern %s  unknown %s%n", percent(o.home()),
                percent(o.ally()), percent(o.partner()), percent(o.other()), percent(o.concern()), percent(o.unknown()));
        out.println("  " + ContentBar.of(o, BAR_WIDTH * 2));
        double coverage = report.systems().stream().mapToDouble(SystemAssessment::coverage).min().orElse(1);
        out.printf("Mapping coverage (share of value with a known origin): lowest %s over %d systems%n",
                percent(coverage), report.systems().size());
    }

    private void printSingleSources(PrintWriter out) {
        out.println();
        out.printf("Single-source parts: %d (country on the %s basis)%n", report.singleSourceParts().size(), basis.key());
        // the parts most systems depend on first: those are the single points that matter most
        List<AssessmentReport.SingleSourcePart> ranked = report.singleSourceParts().stream()
                .sorted(Comparator.comparing((AssessmentReport.SingleSourcePart s) -> -s.systems().size())
                        .thenComparing(AssessmentReport.SingleSourcePart::part))
                .toList();
        TextTable table = new TextTable("part", "site", "country", "systems");
        ranked.stream().limit(singleSourceLimit).forEach(s -> table.row(s.part(), s.site(), s.country(), TextTable.list(s.systems(), MAX_SYSTEMS_PER_CELL)));
        if (!table.isEmpty()) {
            table.print(out, "  ");
        }
        if (ranked.size() > singleSourceLimit) {
            out.printf("  ... %,d more, ranked by how many systems need them (--top N shows more, --format json lists all)%n",
                    ranked.size() - singleSourceLimit);
        }
    }

    private void printConcentration(PrintWriter out) {
        out.println();
        List<PartAssessment> ranked = report.parts().stream().filter(p -> p.countryHhi() != null)
                .sorted(Comparator.comparing(PartAssessment::countryHhi).reversed()
                        .thenComparing(PartAssessment::qualifiedSources).thenComparing(PartAssessment::id))
                .limit(top).toList();
        out.printf("Most concentrated parts by country (HHI 0..10000, %s basis; top %d of %d reachable parts)%n",
                basis.key(), ranked.size(), report.parts().size());
        TextTable table = new TextTable("part", "HHI", "qualified sources", "systems").right(1, 2);
        ranked.forEach(p -> table.row(p.id(), number(p.countryHhi()), p.qualifiedSources(), TextTable.list(p.systems(), MAX_SYSTEMS_PER_CELL)));
        if (!table.isEmpty()) {
            table.print(out, "  ");
        }
    }

    private void printExposures(PrintWriter out) {
        out.println();
        long total = report.systems().stream().mapToLong(s -> s.concernExposures().size()).sum();
        out.printf("Concern exposures: %d (part @ site, country, basis, and the path from the system that explains it)%n", total);
        List<SystemAssessment> exposed = report.systems().stream().filter(s -> !s.concernExposures().isEmpty()).toList();
        for (SystemAssessment system : exposed.subList(0, Math.min(MAX_SYSTEMS_WITH_EXPOSURES, exposed.size()))) {
            out.printf("  %s (%s): %d%n", system.id(), system.name(), system.concernExposures().size());
            List<ConcernExposure> exposures = system.concernExposures();
            for (ConcernExposure e : exposures.subList(0, Math.min(MAX_EXPOSURES_PER_SYSTEM, exposures.size()))) {
                out.printf("    %s @ %s  %s (%s)  via %s%n", e.part(), e.site(), e.country(), e.basis(),
                        String.join(" > ", e.path()));
            }
            if (exposures.size() > MAX_EXPOSURES_PER_SYSTEM) {
                out.printf("    ... %d more (--format json lists all)%n", exposures.size() - MAX_EXPOSURES_PER_SYSTEM);
            }
        }
        if (exposed.size() > MAX_SYSTEMS_WITH_EXPOSURES) {
            out.printf("  ... %d more systems with exposures (--format json lists all)%n", exposed.size() - MAX_SYSTEMS_WITH_EXPOSURES);
        }
    }
}
