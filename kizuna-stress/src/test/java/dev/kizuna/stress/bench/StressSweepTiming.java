package dev.kizuna.stress.bench;

import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.stress.StressScenario;
import dev.kizuna.stress.StressTest;
import dev.kizuna.stress.lp.Cones;

import java.util.List;
import java.util.Locale;

/**
 * Timed main (recorded in docs/stress.md, never asserted): the full default stress sweep on a layered
 * random network. Arguments: parts sites systems threads seed [maxScenarios].
 */
public final class StressSweepTiming {
    private StressSweepTiming() {
    }

    public static void main(String[] args) {
        int parts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int sites = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int systems = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
        int limit = args.length > 5 ? Integer.parseInt(args[5]) : Integer.MAX_VALUE;
        long start = System.nanoTime();
        SupplyNetwork network = NetworkCompiler.compile(LayeredNetwork.build(parts, sites, systems, seed));
        Cones cones = Cones.of(network);
        int coneParts = 0;
        for (int y = 0; y < network.systemCount(); y++) {
            coneParts += cones.parts(y).cardinality();
        }
        List<StressScenario> scenarios = StressTest.defaultScenarios(network, Double.NaN);
        scenarios = scenarios.subList(0, Math.min(limit, scenarios.size()));
        double built = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "network: %d parts, %d sites, %d sources, %d bom rows, %d systems; "
                        + "mean cone %d parts; %d scenarios; built in %.1f s%n", network.partCount(), network.siteCount(),
                network.sourceCount(), network.rowCount(), network.systemCount(), coneParts / network.systemCount(),
                scenarios.size(), built);
        long sweepStart = System.nanoTime();
        List<ScenarioOutcome> outcomes = StressTest.run(network, scenarios, StressTest.DEFAULT_HORIZON_WEEKS,
                new LocalSweepExecutor(threads), (done, total) -> {
                    if (done % 100 == 0 || done == total) {
                        System.out.printf(Locale.ROOT, "  %d/%d after %.1f s%n", done, total,
                                (System.nanoTime() - sweepStart) / 1e9);
                    }
                });
        double sweep = (System.nanoTime() - sweepStart) / 1e9;
        long shortOnes = outcomes.stream().filter(o -> o.hasTtr() && o.survivalGapWeeks() > 0).count();
        double meanTouched = outcomes.stream().mapToInt(o -> o.touchedSystems().size()).average().orElse(0);
        System.out.printf(Locale.ROOT, "sweep: %d scenarios on %d threads in %.1f s (%.1f ms each); %d with TTS < TTR;"
                + " mean touched systems %.1f%n", outcomes.size(), threads, sweep, 1000 * sweep / outcomes.size(),
                shortOnes, meanTouched);
        outcomes.stream().limit(3).forEach(o -> System.out.printf(Locale.ROOT, "  %s TTR %.0f TTS %.2f impact %.0f%n",
                o.events(), o.ttrWeeks(), o.ttsWeeks(), o.performanceImpact()));
    }
}
