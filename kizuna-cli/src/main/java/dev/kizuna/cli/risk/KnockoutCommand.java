package dev.kizuna.cli.risk;

import dev.kizuna.cli.TextTable;
import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.disruption.FailureChain;
import dev.kizuna.disruption.KnockoutAnalysis;
import dev.kizuna.disruption.KnockoutResult;
import dev.kizuna.disruption.SystemKnockout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code kizuna knockout DIR --event E ...}: which systems a set of events stops (spec 3.7). */
@Command(name = "knockout", mixinStandardHelpOptions = true,
        description = "Knock out sites, organizations, countries or parts together and show, per system, "
                + "whether it can still be built, the share of its volume that still flows and the weekly value at risk.")
public final class KnockoutCommand extends DatasetCommand {
    @Option(names = "--event", required = true, paramLabel = "KIND:ID",
            description = "An event: site:ID, org:ID, country:CC, control:CC or part:ID; repeat for several")
    List<String> events;

    @Override
    public Integer call() {
        report(load());
        return ExitCodes.OK;
    }

    /** Evaluates and prints; the dataset is given so that tests can pass one built in code. */
    public void report(LoadedDataset data) {
        KnockoutResult result;
        try {
            result = KnockoutAnalysis.evaluate(data.network(), RiskInputs.events(events));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.BAD_REQUEST, e.getMessage());
        }
        result.notes().forEach(note -> err().println("note: " + note));
        if (json()) {
            printJson(result.report());
            return;
        }
        PrintWriter out = out();
        String currency = data.network().manifest().currency();
        out.println("Knock-out of " + String.join(", ", result.report().events()));
        out.println();
        TextTable table = new TextTable("system", "available", "volume fraction>",
                "value at risk / week (" + currency + ")>");
        double total = 0;
        for (SystemKnockout system : result.report().systems()) {
            table.row(system.id(), system.available() ? "yes" : "NO", TextTable.fraction(system.volumeFraction()),
                    TextTable.money(system.weeklyValueAtRisk()));
            total += system.weeklyValueAtRisk();
        }
        table.print(out);
        out.println();
        out.println("Total value at risk / week (" + currency + "): " + TextTable.money(total));
        if (!result.explanations().isEmpty()) {
            out.println();
            out.println("Why each lost system stops (top part down to the knocked-out supply):");
            for (FailureChain chain : result.explanations()) {
                out.println("  " + chain.system() + ": " + ChainText.of(chain));
            }
        }
        out.flush();
    }
}
