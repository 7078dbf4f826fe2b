package dev.kizuna.cli.stress;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.stress.StockpilePlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code kizuna stockpile DIR --budget B}: the cheapest extra stock that lets the worst disruptions be survived. */
@Command(name = "stockpile", mixinStandardHelpOptions = true,
        description = {"Stockpile plan: extra pooled stock, within a yearly holding budget, that makes TTS >= TTR "
                + "for the highest-impact scenarios of the default stress sweep.",
                "Holding cost = units * unit_cost * holding rate."})
public final class StockpileCommand extends DatasetCommand {
    @Option(names = "--budget", required = true, paramLabel = "B", description = "Yearly holding budget, dataset currency")
    double budget;

    @Option(names = "--holding-rate", defaultValue = "0.25", paramLabel = "R",
            description = "Yearly holding cost as a fraction of unit_cost (default ${DEFAULT-VALUE})")
    double holdingRate;

    @Option(names = "--ttr-weeks", paramLabel = "T", description = "Time to recover of every scenario, in weeks")
    Double ttrWeeks;

    @Option(names = "--horizon-weeks", paramLabel = "H", defaultValue = "520", description = "TTS cap (default ${DEFAULT-VALUE})")
    double horizonWeeks;

    @Option(names = "--max-scenarios", paramLabel = "N", defaultValue = "50",
            description = "Plan for the N highest-impact scenarios with TTS < TTR (default ${DEFAULT-VALUE})")
    int maxScenarios;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads of the sweep (default: one per processor)")
    Integer threads;

    /** JSON of {@code kizuna stockpile}. */
    public record StockpileReport(double budget, double holdingRate, double totalCost, boolean optimal,
                                  List<StockpilePlanner.Purchase> purchases, List<Fixed> fixedScenarios,
                                  List<StockpilePlanner.Target> notFixedScenarios, int leftOutScenarios) {
        public record Fixed(List<String> events, double ttrWeeks, double ttsWeeks, double performanceImpact) {
        }

        static StockpileReport of(StockpilePlanner.Plan plan) {
            return new StockpileReport(plan.budget(), plan.holdingRate(), plan.totalCost(), plan.optimal(),
                    plan.purchases(), plan.fixed().stream().map(t -> new Fixed(t.events(), t.ttrWeeks(), t.ttsWeeks(),
                    t.performanceImpact())).toList(), plan.notFixed(), plan.leftOut());
        }
    }

    @Override
    public Integer call() {
        StressCommand.Request request = new StressCommand.Request(List.of(), ttrWeeks == null ? Double.NaN : ttrWeeks,
                horizonWeeks, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        LoadedDataset loaded = load();
        StockpilePlanner.Plan plan = run(loaded.network(), request, budget, holdingRate, maxScenarios,
                StressCommand.scenarioProgress(err(), "stockpile: stress sweep"));
        if (json()) {
            printJson(StockpileReport.of(plan));
        } else {
            print(plan, loaded.network().manifest().currency(), out());
        }
        return ExitCodes.OK;
    }

    public static StockpilePlanner.Plan run(SupplyNetwork network, StressCommand.Request request, double budget,
                                           double holdingRate, int maxScenarios, SweepProgress progress) {
        if (!(budget >= 0) || !(holdingRate >= 0) || maxScenarios < 1) {
            throw new UserError(ExitCodes.USAGE, "--budget and --holding-rate must be >= 0, --max-scenarios >= 1");
        }
        List<ScenarioOutcome> outcomes = StressCommand.run(network, request, progress);
        return StockpilePlanner.plan(network, outcomes, budget, holdingRate, maxScenarios);
    }

    static void print(StockpilePlanner.Plan plan, String currency, PrintWriter out) {
        out.printf(Locale.ROOT, "Stockpile plan: budget %s %s a year, holding rate %s%s%n", StressText.money(plan.budget()),
                currency, StressText.number(plan.holdingRate()), plan.optimal() ? "" : " (time limit: best plan found)");
        out.printf(Locale.ROOT, "  extra pooled stock, yearly holding cost %s %s:%n", StressText.money(plan.totalCost()),
                currency);
        if (plan.purchases().isEmpty()) {
            out.println("    none");
        }
        plan.purchases().forEach(p -> out.printf(Locale.ROOT, "    %-24s %12s units  x %s x %s = %s%n", p.part(),
                StressText.number(p.units()), StressText.number(p.unitCost()), StressText.number(plan.holdingRate()),
                StressText.money(p.holdingCost())));
        out.printf(Locale.ROOT, "  scenarios it fixes (TTS >= TTR afterwards): %d%n", plan.fixed().size());
        plan.fixed().forEach(t -> out.printf(Locale.ROOT, "    %-28s TTS %s < TTR %s weeks, impact %s%n",
                String.join(" ", t.events()), StressText.number(t.ttsWeeks()), StressText.number(t.ttrWeeks()),
                StressText.money(t.performanceImpact())));
        out.printf(Locale.ROOT, "  scenarios still short: %d%n", plan.notFixed().size() + plan.leftOut());
        plan.notFixed().forEach(t -> out.printf(Locale.ROOT, "    %-28s impact %s, %s more a year would fix it%n",
                String.join(" ", t.events()), StressText.money(t.performanceImpact()),
                StressText.money(t.extraCostToFix())));
        if (plan.leftOut() > 0) {
            out.printf(Locale.ROOT, "    and %d lower-impact scenario(s) beyond --max-scenarios%n", plan.leftOut());
        }
        out.flush();
    }
}
