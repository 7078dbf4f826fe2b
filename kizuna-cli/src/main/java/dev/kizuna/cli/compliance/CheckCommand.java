package dev.kizuna.cli.compliance;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.TextTable;
import dev.kizuna.cli.UserError;
import dev.kizuna.cli.planning.FixInputs;
import dev.kizuna.compliance.ComplianceCheck;
import dev.kizuna.compliance.ComplianceReport;
import dev.kizuna.compliance.RulePack;
import dev.kizuna.compliance.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code kizuna check DIR --rules PACK --on DATE}: rule violations with evidence paths. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check a dataset against compliance rule packs on a date: every violation with its evidence",
                "path (system -> ... -> part @ site, country, basis), and what changes on the next effective date.",
                "Exits 0 when there is no violation, 5 when there are."})
public final class CheckCommand extends DatasetCommand {

    @Option(names = "--rules", paramLabel = "PACK", description = "Rule file or directory of rule files"
            + " (default: the dataset's rules/ directory)")
    Path rules;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Date to check on (default: today)")
    String on;

    @Override
    public Integer call() {
        LoadedDataset loaded = load();
        Path packPath = rules != null ? rules : FixInputs.defaultRules(datasetPath).orElseThrow(() ->
                new UserError(ExitCodes.USAGE, "give --rules PACK (the dataset has no rules/ directory)"));
        RulePack pack = FixInputs.rules(packPath, err());
        LocalDate date = parseDate(on);
        ComplianceReport report = new ComplianceCheck(loaded.dataset(), loaded.network()).report(pack, date);
        if (json()) {
            printJson(report);
        } else {
            print(report, out());
        }
        return report.violations().isEmpty() ? ExitCodes.OK : ExitCodes.VIOLATIONS;
    }

    static LocalDate parseDate(String text) {
        if (text == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError(ExitCodes.USAGE, "--on: not a date (YYYY-MM-DD): " + text);
        }
    }

    private static void print(ComplianceReport report, PrintWriter out) {
        out.println("Compliance check of " + report.pack() + " on " + report.date());
        out.println();
        TextTable rules = new TextTable("rule", "in force", "from", "until", "confidence", "binds", "violations").right(6);
        report.rules().forEach(r -> rules.row(r.id(), r.inForce() ? "yes" : "no", r.effectiveFrom(), r.effectiveUntil(),
                r.confidence(), r.boundSystems().size() + " system(s)", r.violations()));
        rules.print(out, "  ");
        out.println();
        if (report.violations().isEmpty()) {
            out.println("No violation.");
        } else {
            out.println(report.violations().size() + " violation(s):");
            for (Violation v : report.violations()) {
                out.println("  [" + v.rule() + "] " + v.evidence());
            }
        }
        if (report.nextChange() != null) {
            var next = report.nextChange();
            out.println();
            out.println("Next change on " + next.date() + " (" + String.join(", ", next.rulesChanging()) + "): "
                    + next.added().size() + " new violation(s), " + next.removed().size() + " ending");
            next.added().forEach(v -> out.println("  + [" + v.rule() + "] " + v.evidence()));
            next.removed().forEach(v -> out.println("  - [" + v.rule() + "] " + v.evidence()));
        }
        out.flush();
    }
}
