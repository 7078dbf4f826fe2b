package dev.kizuna.cli.risk;

import dev.kizuna.cli.TextTable;
import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.Json;
import dev.kizuna.cli.OutputFormat;
import dev.kizuna.cli.UserError;
import dev.kizuna.io.openpsa.OpenPsaException;
import dev.kizuna.io.openpsa.OpenPsaReader;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.risk.BddTooLargeException;
import dev.kizuna.risk.EventImportance;
import dev.kizuna.risk.FaultTree;
import dev.kizuna.risk.FaultTreeBdd;
import dev.kizuna.risk.RiskAnalysis;
import dev.kizuna.risk.RiskReport;
import dev.kizuna.risk.SystemRisk;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code kizuna risk DIR}: exact unavailability and importance per system (spec 3.8);
 * {@code kizuna risk --fault-tree FILE.xml}: the same engine on an Open-PSA fault tree.
 * DIR is optional here, so this command cannot inherit DatasetCommand's required DIR; it loads
 * through a DatasetCommand all the same, to share its validation report and exit codes.
 */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "Exact probability that each system is unavailable in a year (site and country events, "
                + "independent), with Birnbaum, Fussell-Vesely, RAW and RRW importance of every event; or the "
                + "top event probability and minimal cut sets of an Open-PSA fault tree.")
public final class RiskCommand implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(paramLabel = "DIR", description = "Dataset directory or .zip (kizuna/1)")
        Path dataset;

        @Option(names = "--fault-tree", paramLabel = "FILE.xml", description = "An Open-PSA MEF fault tree")
        Path faultTree;
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: text (default) or json")
    OutputFormat format;

    @Option(names = "--top", paramLabel = "GATE", description = "With --fault-tree: the top gate, when several gates are unreferenced")
    String top;

    @Option(names = "--max-order", defaultValue = "4", paramLabel = "K",
            description = "With --fault-tree: largest cut set size to list (default 4)")
    int maxOrder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What {@code risk --fault-tree} prints in JSON: the top event's probability and its minimal cut sets. */
    public record FaultTreeReport(String faultTree, String topEvent, double probability, int maxOrder,
                                  List<List<String>> cutSets) {
    }

    private static final int CUT_SET_LIMIT = 100_000;

    @Override
    public Integer call() {
        if (input.faultTree != null) {
            reportFaultTree(input.faultTree);
        } else {
            report(new Loader().load(input.dataset, spec));
        }
        return ExitCodes.OK;
    }

    public void report(DatasetCommand.LoadedDataset data) {
        SupplyNetwork net = data.network();
        RiskReport report;
        try {
            report = RiskAnalysis.run(net);
        } catch (BddTooLargeException e) {
            throw new UserError(ExitCodes.BAD_REQUEST, "exact unavailability is out of reach here: " + e.getMessage()
                    + "; use 'kizuna cutsets' for the main failure combinations");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.write(report, out);
            return;
        }
        out.println("Exact unavailability per system: probability that the system cannot be built in a year,");
        out.println("site and country events independent (spec 3.8). Importance measures; '-' = undefined (0 denominator).");
        for (SystemRisk system : report.systems()) {
            out.println();
            out.println("System " + system.id() + ": unavailability " + TextTable.probability(system.unavailability())
                    + " per year");
            if (system.importance().isEmpty()) {
                out.println("  no event with a probability above 0 can stop it");
                continue;
            }
            TextTable table = new TextTable("event", "P(event) / year>", "Birnbaum>", "Fussell-Vesely>",
                    "risk achievement worth>", "risk reduction worth>");
            for (EventImportance e : system.importance()) {
                table.row(e.event(), TextTable.probability(probabilityOf(net, e.event())),
                        TextTable.probability(e.birnbaum()), measure(e.fussellVesely()),
                        measure(e.riskAchievementWorth()), measure(e.riskReductionWorth()));
            }
            table.print(out);
        }
        out.flush();
    }

    public void reportFaultTree(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError(ExitCodes.IO_ERROR, file + ": no such file");
        }
        if (maxOrder < 1) {
            throw new UserError(ExitCodes.BAD_REQUEST, "--max-order must be at least 1, got " + maxOrder);
        }
        FaultTreeReport report;
        try {
            FaultTree tree = OpenPsaReader.read(file, top);
            FaultTreeBdd bdd = FaultTreeBdd.compile(tree);
            report = new FaultTreeReport(tree.name(), tree.top(), bdd.probability(), maxOrder,
                    bdd.minimalCutSets(maxOrder, CUT_SET_LIMIT));
        } catch (OpenPsaException | BddTooLargeException | IllegalStateException e) {
            throw new UserError(ExitCodes.BAD_REQUEST, e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.write(report, out);
            return;
        }
        out.println("Fault tree " + report.faultTree() + ", top event " + report.topEvent());
        out.println("Top event probability: " + TextTable.probability(report.probability()));
        out.println("Minimal cut sets up to order " + report.maxOrder() + ": " + report.cutSets().size());
        if (!report.cutSets().isEmpty()) {
            out.println();
            TextTable table = new TextTable("#>", "order>", "events");
            int i = 0;
            for (List<String> cutSet : report.cutSets()) {
                table.row(++i, cutSet.size(), cutSet.isEmpty() ? "(none: the top event always occurs)"
                        : String.join(" + ", cutSet));
            }
            table.print(out);
        }
        out.flush();
    }

    private static String measure(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.6g", value);
    }

    private static double probabilityOf(SupplyNetwork net, String event) {
        String id = event.substring(event.indexOf(':') + 1);
        if (event.startsWith("site:")) {
            return net.siteDisruptionProbability(net.getSite(new dev.kizuna.supply.model.SiteId(id)));
        }
        return net.countryDisruptionProbability(net.findCountry(new dev.kizuna.supply.model.CountryCode(id)).orElseThrow());
    }

    /** Reuses DatasetCommand's loading (validation report, warnings, exit codes) for an optional DIR. */
    private static final class Loader extends DatasetCommand {
        LoadedDataset load(Path path, CommandLine.Model.CommandSpec commandSpec) {
            datasetPath = path;
            spec = commandSpec;
            return load();
        }

        @Override
        public Integer call() {
            throw new UnsupportedOperationException("only used to load");
        }
    }
}
