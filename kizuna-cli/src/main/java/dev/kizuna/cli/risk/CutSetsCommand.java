package dev.kizuna.cli.risk;

import dev.kizuna.cli.TextTable;
import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.KnockoutAnalysis;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.risk.CutSetAnalysis;
import dev.kizuna.risk.CutSetReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code kizuna cutsets DIR --system ID --basis B --max-order K} (spec 3.8). */
@Command(name = "cutsets", mixinStandardHelpOptions = true,
        description = "The minimal sets of events (sites, organizations, countries or control countries) whose "
                + "joint occurrence makes a system unavailable, up to a given size.")
public final class CutSetsCommand extends DatasetCommand {
    @Option(names = "--system", required = true, paramLabel = "ID", description = "System id (systems.csv)")
    String system;

    @Option(names = "--basis", defaultValue = "site", paramLabel = "site|org|country|control",
            description = "Kind of events (default site)")
    String basis;

    @Option(names = "--max-order", defaultValue = "3", paramLabel = "K",
            description = "Largest cut set size, 1 to 4 (default 3)")
    int maxOrder;

    @Override
    public Integer call() {
        report(load());
        return ExitCodes.OK;
    }

    public void report(LoadedDataset data) {
        SupplyNetwork net = data.network();
        EventBasis eventBasis = RiskInputs.basis(basis);
        int y = RiskInputs.system(net, system);
        if (maxOrder < 1 || maxOrder > CutSetAnalysis.MAX_ORDER) {
            throw new UserError(ExitCodes.BAD_REQUEST, "--max-order must lie between 1 and "
                    + CutSetAnalysis.MAX_ORDER + ", got " + maxOrder);
        }
        CutSetReport report = CutSetAnalysis.compute(net, y, eventBasis, maxOrder);
        KnockoutAnalysis.unmappedNotes(net).forEach(note -> err().println("note: " + note));
        if (json()) {
            printJson(report);
            return;
        }
        PrintWriter out = out();
        out.println("Minimal cut sets of system " + report.system() + " on the " + report.basis()
                + " basis, up to " + report.maxOrder() + " event(s): " + report.cutSets().size());
        if (report.cutSets().size() == 1 && report.cutSets().get(0).isEmpty()) {
            out.println("The system is unavailable even without any event (the empty set is its only minimal cut set).");
            out.flush();
            return;
        }
        out.println();
        TextTable table = new TextTable("#>", "order>", "events", "why the system stops (top part down)");
        int i = 0;
        for (List<String> cutSet : report.cutSets()) {
            table.row(++i, cutSet.size(), String.join(" + ", cutSet),
                    ChainText.of(CutSetAnalysis.explain(net, y, cutSet)));
        }
        table.print(out);
        out.flush();
    }
}
