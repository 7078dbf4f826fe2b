package dev.kizuna.cli.stress;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.stress.SurgeAnalysis;
import dev.kizuna.supply.model.SystemId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code kizuna surge DIR --system ID --weeks T}: the most units the network can deliver, and what caps it. */
@Command(name = "surge", mixinStandardHelpOptions = true,
        description = "Surge capacity: the most units of a system the undisrupted network can deliver in T weeks "
                + "from capacities and stocks, the constraints that cap it, and whether demand * F * T is met.")
public final class SurgeCommand extends DatasetCommand {
    @Option(names = "--system", required = true, paramLabel = "ID", description = "System id (systems.csv)")
    String system;

    @Option(names = "--weeks", required = true, paramLabel = "T", description = "Duration in weeks")
    double weeks;

    @Option(names = "--demand-factor", defaultValue = "1", paramLabel = "F",
            description = "Multiplier of demand_per_week (default ${DEFAULT-VALUE})")
    double demandFactor;

    /** JSON of {@code kizuna surge}; maxUnits and shortfallUnits are null when nothing caps the system. */
    public record SurgeReport(String system, double weeks, double demandFactor, double requiredUnits, Double maxUnits,
                              boolean unbounded, boolean demandMet, Double shortfallUnits, List<LimitJson> limits) {
        static SurgeReport of(SurgeAnalysis.Result r) {
            return new SurgeReport(r.system(), r.weeks(), r.demandFactor(), r.requiredUnits(),
                    r.unbounded() ? null : r.maxUnits(), r.unbounded(), r.demandMet(),
                    r.unbounded() ? null : r.shortfallUnits(), LimitJson.of(r.limits()));
        }
    }

    @Override
    public Integer call() {
        LoadedDataset loaded = load();
        SurgeAnalysis.Result result = run(loaded.network(), system, weeks, demandFactor);
        if (json()) {
            printJson(SurgeReport.of(result));
        } else {
            print(result, out());
        }
        return ExitCodes.OK;
    }

    public static SurgeAnalysis.Result run(SupplyNetwork network, String systemId, double weeks, double demandFactor) {
        if (!(weeks > 0) || !(demandFactor >= 0)) {
            throw new UserError(ExitCodes.USAGE, "--weeks must be > 0 and --demand-factor >= 0");
        }
        int system = network.findSystem(new SystemId(systemId)).orElseThrow(() ->
                new UserError(ExitCodes.BAD_REQUEST, "no system '" + systemId + "' in the dataset"));
        return SurgeAnalysis.run(network, system, weeks, demandFactor);
    }

    static void print(SurgeAnalysis.Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "Surge of %s over %s weeks (no disruption, other systems' demand ignored)%n",
                r.system(), StressText.number(r.weeks()));
        if (r.unbounded()) {
            out.println("  no capacity or stock caps it: every path has an uncapacitated source or an unmapped part");
            out.printf(Locale.ROOT, "  demand %s units (x%s): met%n", StressText.number(r.requiredUnits()),
                    StressText.number(r.demandFactor()));
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "  most units deliverable: %s%n", StressText.number(r.maxUnits()));
        out.printf(Locale.ROOT, "  demand x%s: %s units: %s%n", StressText.number(r.demandFactor()),
                StressText.number(r.requiredUnits()),
                r.demandMet() ? "met" : "NOT met, short by " + StressText.number(r.shortfallUnits()) + " units");
        out.println("  capped by (units gained per extra unit of capacity or stock):");
        r.limits().stream().limit(15).forEach(b -> out.printf(Locale.ROOT, "    %s  (%s)%n", b.describe(),
                StressText.number(b.shadowPrice())));
        if (r.limits().isEmpty()) {
            out.println("    nothing: the system's demand rows are slack");
        }
        out.flush();
    }
}
