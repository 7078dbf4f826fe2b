package dev.kizuna.cli.risk;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.TextTable;
import dev.kizuna.cli.ThrottledProgress;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.KnockoutAnalysis;
import dev.kizuna.disruption.KnockoutSweep;
import dev.kizuna.disruption.SweepReport;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code kizuna sweep DIR --basis B [--top N]}: every event of a basis alone, ranked. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Knock out every site (organization, country, control country) alone and rank them by the "
                + "total weekly value at risk they cause, with the systems each one stops.")
public final class SweepCommand extends DatasetCommand {
    @Option(names = "--basis", required = true, paramLabel = "site|org|country|control",
            description = "Which events to sweep")
    String basis;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N",
            description = "How many ranked events to print (default 20; 0 = all)")
    int top;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor)")
    Integer threads;

    @Override
    public Integer call() {
        report(load());
        return ExitCodes.OK;
    }

    public void report(LoadedDataset data) {
        EventBasis eventBasis = RiskInputs.basis(basis);
        LocalSweepExecutor executor = threads == null ? LocalSweepExecutor.perProcessor()
                : new LocalSweepExecutor(Math.max(1, threads));
        String noun = eventBasis.key().equals("site") ? "sites"
                : eventBasis.key().equals("org") ? "organizations" : "countries";
        SweepProgress progress = ThrottledProgress.whenLong(err(),
                (done, total) -> "swept " + TextTable.count(done) + " / " + TextTable.count(total) + " " + noun);
        SweepReport report = KnockoutSweep.run(data.network(), eventBasis, top, executor, progress);
        KnockoutAnalysis.unmappedNotes(data.network()).forEach(note -> err().println("note: " + note));
        if (json()) {
            printJson(report);
            return;
        }
        PrintWriter out = out();
        String currency = data.network().manifest().currency();
        out.println("Sweep of " + TextTable.count(report.events()) + " " + report.basis() + " events, each alone"
                + (report.ranking().size() < report.events() ? "; the top " + report.ranking().size() : ""));
        out.println();
        TextTable table = new TextTable("rank>", "event", "value at risk / week (" + currency + ")>", "systems stopped");
        for (SweepReport.RankedEvent event : report.ranking()) {
            table.row(event.rank(), event.event(), TextTable.money(event.weeklyValueAtRisk()),
                    TextTable.list(event.systemsStopped(), 8));
        }
        table.print(out);
        out.flush();
    }
}
