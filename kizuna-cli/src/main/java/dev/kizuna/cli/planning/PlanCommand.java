package dev.kizuna.cli.planning;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.EventArguments;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.TextTable;
import dev.kizuna.cli.UserError;
import dev.kizuna.compliance.ComplianceCheck;
import dev.kizuna.compliance.Rule;
import dev.kizuna.compliance.RulePack;
import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.io.dataset.DatasetWriter;
import dev.kizuna.planning.PlanReport;
import dev.kizuna.planning.PlanTargets;
import dev.kizuna.planning.SourcingPlanner;
import dev.kizuna.supply.model.Basis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** {@code kizuna plan DIR}: which offers to qualify and how to re-split volume to meet targets. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Choose which offers (offers.csv) to qualify and how to re-split volume so that the targets hold,",
                "within a qualification budget and time, with a MIP (OR-Tools SCIP). Prints each action with its cost,",
                "time, risk and content effect, the metrics before and after (re-computed), or, when the targets",
                "cannot all hold, an irreducible set of conflicting targets.",
                "Targets (--target, repeatable): content=X (home+ally share of each system, 0..1 or N%),",
                "keep-content, single-source=CAT[,CAT...] or single-source=*, rules (the --rules pack on --on).",
                "single-source=rules means the categories of the rules in force that bind some system.",
                "tts=EVENT[+EVENT...] (e.g. tts=site:jp-a or tts=country:TW): time to survive at least time to recover",
                "for that disruption (spec 3.9), checked with the stress LP on the changed dataset; tts=all: every",
                "scenario of the default stress sweep whose TTS is below its TTR now. tts:EVENT is accepted too.",
                "Without --target: keep-content and rules (the dataset's rules/ on the pack's last change date).",
                "Exits 4 when the targets conflict."})
public final class PlanCommand extends DatasetCommand {
    @Option(names = "--target", paramLabel = "TARGET", description = "A target; see above")
    List<String> targets = new ArrayList<>();

    @Option(names = "--budget", paramLabel = "AMOUNT", description = "Total qualification cost allowed (default: none)")
    Double budget;

    @Option(names = "--by-weeks", paramLabel = "WEEKS", description = "Qualification must finish within (default: none)")
    Double byWeeks;

    @Option(names = "--rules", paramLabel = "PACK", description = "Rule file or directory (default: the dataset's rules/)")
    Path rules;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD",
            description = "Date the rules must hold on (default: the pack's last change date)")
    String on;

    @Option(names = "--basis", defaultValue = "location", paramLabel = "location|control",
            description = "Basis of the content target and objective (default: location)")
    Basis basis;

    @Option(names = "--systems", split = ",", paramLabel = "ID", description = "Systems the content target applies to (default: all)")
    List<String> systems = new ArrayList<>();

    @Option(names = "--min-share", defaultValue = "0.1", paramLabel = "SHARE",
            description = "Least volume share of a source that counts for single-source targets (default: 0.1)")
    double minShare;

    @Option(names = "--write", paramLabel = "DIR", description = "Also write the changed dataset to DIR")
    Path write;

    @Option(names = "--ttr-weeks", paramLabel = "WEEKS",
            description = "Time to recover of the tts targets' scenarios (default: the events' own ttr_weeks)")
    Double ttrWeeks;

    @Override
    public Integer call() {
        LoadedDataset loaded = load();
        var offers = FixInputs.offers(datasetPath, loaded.dataset(), err());
        boolean defaults = targets.isEmpty();
        List<String> asked = defaults ? List.of("keep-content", "rules") : targets;
        double content = Double.NaN;
        boolean keep = false;
        Set<String> singleSource = new TreeSet<>();
        boolean withRules = false;
        List<List<DisruptionEvent>> survival = new ArrayList<>();
        boolean survivalAll = false;
        for (String target : asked) {
            String t = target.strip();
            if (t.startsWith("tts=") || t.startsWith("tts:")) {
                String events = t.substring(4).strip();
                if (events.equals("all")) {
                    survivalAll = true;
                } else {
                    survival.add(events(events));
                }
            } else if (t.equals("keep-content")) {
                keep = true;
            } else if (t.equals("rules")) {
                withRules = true;
            } else if (t.startsWith("content=")) {
                content = share(t.substring("content=".length()));
            } else if (t.startsWith("single-source=")) {
                singleSource.addAll(Arrays.stream(t.substring("single-source=".length()).split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList());
            } else {
                throw new UserError(ExitCodes.USAGE, "unknown target '" + target
                        + "' (content=X, keep-content, single-source=CAT,..., rules, tts=EVENT[+EVENT...], tts=all)");
            }
        }
        RulePack pack = null;
        LocalDate date = null;
        if (withRules || rules != null) {
            Path packPath = rules != null ? rules : FixInputs.defaultRules(datasetPath).orElse(null);
            if (packPath == null && !defaults) {
                throw new UserError(ExitCodes.USAGE, "target 'rules' needs --rules PACK (the dataset has no rules/)");
            }
            if (packPath != null) {
                pack = FixInputs.rules(packPath, err());
                date = on != null ? date(on) : pack.rules().stream().flatMap(r -> r.changeDates().stream())
                        .max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
            }
        }
        if (singleSource.remove("rules")) {
            if (pack != null) {
                for (Rule rule : pack.rules()) {
                    if (rule.inForceOn(date) && bindsAny(loaded, rule)) {
                        singleSource.addAll(rule.componentCategories());
                    }
                }
            }
        }
        if (ttrWeeks != null && !(ttrWeeks >= 0)) {
            throw new UserError(ExitCodes.USAGE, "--ttr-weeks must be >= 0, got " + ttrWeeks);
        }
        PlanTargets spec = new PlanTargets(content, basis, systems, keep, Set.copyOf(singleSource), minShare, pack, date,
                budget == null ? Double.NaN : budget, byWeeks == null ? Double.NaN : byWeeks)
                .withSurvival(survival, survivalAll, ttrWeeks == null ? Double.NaN : ttrWeeks);
        SourcingPlanner.Result result;
        try {
            result = SourcingPlanner.plan(loaded.dataset(), offers, spec);
        } catch (IllegalArgumentException e) {
            // an event naming an id the dataset lacks, or a scenario without a time to recover
            throw new UserError(ExitCodes.USAGE, e.getMessage()
                    + (e.getMessage().contains("time to recover") ? " with --ttr-weeks" : ""));
        }
        PlanReport report = result.report();
        if (write != null && result.after() != null) {
            DatasetWriter.write(result.after(), write);
        }
        if (json()) {
            printJson(report);
        } else {
            print(report, out(), defaults, date);
        }
        return report.status().equals("infeasible") ? ExitCodes.BAD_REQUEST : ExitCodes.OK;
    }

    private boolean bindsAny(LoadedDataset loaded, Rule rule) {
        ComplianceCheck check = new ComplianceCheck(loaded.dataset(), loaded.network());
        for (int y = 0; y < loaded.network().systemCount(); y++) {
            if (check.binds(rule, y)) {
                return true;
            }
        }
        return false;
    }

    private static List<DisruptionEvent> events(String text) {
        return EventArguments.parse(List.of(text.split("\\+")), ExitCodes.USAGE, "tts target");
    }

    private static double share(String text) {
        try {
            String t = text.strip();
            double value = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
            if (!(value >= 0 && value <= 1)) {
                throw new UserError(ExitCodes.USAGE, "content share must be from 0 to 1 (or 0% to 100%), got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UserError(ExitCodes.USAGE, "content=" + text + ": not a number");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError(ExitCodes.USAGE, "--on: not a date (YYYY-MM-DD): " + text);
        }
    }

    private static void print(PlanReport report, PrintWriter out, boolean defaults, LocalDate date) {
        out.println("Sourcing plan: " + report.status() + (defaults ? " (default targets)" : "")
                + (date != null ? "; rules as of " + date : ""));
        out.println();
        out.println("Targets:");
        for (PlanReport.TargetStatus t : report.targets()) {
            out.println("  " + mark(t.metBefore()) + " -> " + (t.metAfter() == null ? "?" : mark(t.metAfter())) + "  "
                    + t.description());
        }
        if (!report.survival().isEmpty()) {
            out.println();
            out.println("Time to survive (stress LP, spec 3.9) before -> after, against the time to recover:");
            TextTable table = new TextTable("scenario", "TTR", "TTS before", "after", "met", "best case", "needs")
                    .right(1, 2, 3, 5);
            for (PlanReport.SurvivalCheck c : report.survival()) {
                table.row(String.join(" + ", c.events()), TextTable.number(c.ttrWeeks()),
                        weeks(c.ttsWeeksBefore(), c.ttsCappedBefore()),
                        c.ttsWeeksAfter() == null ? "-" : weeks(c.ttsWeeksAfter(), c.ttsCappedAfter()),
                        c.metAfter() == null ? "?" : c.metAfter() ? "yes" : "NO",
                        c.possible() ? "survives" : weeks(c.bestTtsWeeks(), false) + " (short)",
                        String.join(" ", c.necessaryParts()));
            }
            table.print(out, "  ");
        }
        if (report.conflicts() != null) {
            out.println();
            out.println("Conflicting targets: " + String.join(", ", report.conflicts().targets()));
            report.conflicts().explanation().forEach(line -> out.println("  " + line));
        }
        if (!report.actions().isEmpty()) {
            out.println();
            out.println("Actions (" + report.actions().size() + " part(s), qualification cost "
                    + TextTable.money(report.totals().qualificationCost()) + ", done within "
                    + TextTable.number(report.totals().qualificationWeeks()) + " weeks):");
            for (PlanReport.PartAction a : report.actions()) {
                out.println("  " + a.part() + " (" + a.category() + "): cost " + TextTable.money(a.cost()) + ", "
                        + TextTable.number(a.weeks()) + " weeks; concern share " + TextTable.percent(a.risk().concernShareBefore())
                        + " -> " + TextTable.percent(a.risk().concernShareAfter()) + ", country HHI "
                        + TextTable.number(a.risk().countryHhiBefore()) + " -> " + TextTable.number(a.risk().countryHhiAfter()));
                for (PlanReport.Qualification q : a.qualify()) {
                    out.println("      qualify " + q.offer() + " (" + q.seller() + " @ " + q.site() + ", " + q.country()
                            + ")");
                }
                for (PlanReport.ShareChange s : a.shares()) {
                    out.println("      " + s.site() + " (" + s.country() + ", " + s.alignment() + "): "
                            + TextTable.percent(s.before()) + " -> " + TextTable.percent(s.after()));
                }
                if (!a.contentEffect().isEmpty()) {
                    out.println("      content: " + String.join(", ", a.contentEffect().stream().map(e -> e.system() + " "
                            + String.format(Locale.ROOT, "%+.2f pp", e.percentagePoints())).toList()));
                }
            }
        }
        out.println();
        TextTable table = new TextTable("system", "home+ally before", "after", "exposures", "after", "single src", "after",
                "violations", "after").right(1, 2, 3, 4, 5, 6, 7, 8);
        for (int i = 0; i < report.before().systems().size(); i++) {
            var b = report.before().systems().get(i);
            var a = report.after() == null ? null : report.after().systems().get(i);
            table.row(b.id(), TextTable.percent(b.homeAlly()), a == null ? null : TextTable.percent(a.homeAlly()),
                    b.concernExposures(), a == null ? null : a.concernExposures(), b.singleSourceParts(),
                    a == null ? null : a.singleSourceParts(), b.violations(), a == null ? null : a.violations());
        }
        table.print(out, "  ");
        if (report.after() != null) {
            out.println("  fleet home+ally content: " + TextTable.percent(report.before().fleetHomeAlly()) + " -> "
                    + TextTable.percent(report.after().fleetHomeAlly()));
        }
        report.notes().forEach(n -> out.println("note: " + n));
        out.flush();
    }

    private static String weeks(double weeks, boolean capped) {
        return (capped ? ">= " : "") + TextTable.number(weeks);
    }

    private static String mark(boolean met) {
        return met ? "met" : "NOT met";
    }
}
