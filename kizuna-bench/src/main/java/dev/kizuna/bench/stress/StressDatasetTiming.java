package dev.kizuna.bench.stress;

import dev.kizuna.io.dataset.DatasetReader;
import dev.kizuna.io.dataset.LoadResult;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.stress.StressScenario;
import dev.kizuna.stress.StressTest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Timed main (recorded in docs/stress.md, never asserted): the default stress sweep on a dataset
 * directory, e.g. one made by {@code kizuna generate}. Arguments: DIR threads [maxScenarios [stride]].
 * Prints one line per scenario (events, TTR, TTS, impact, lost units) after the timing, for comparing runs.
 */
public final class StressDatasetTiming {
    private StressDatasetTiming() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        int stride = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        long start = System.nanoTime();
        SupplyNetwork network = NetworkCompiler.compile(((LoadResult.Loaded) DatasetReader.read(dir)).dataset());
        List<StressScenario> all = StressTest.defaultScenarios(network, Double.NaN);
        List<StressScenario> scenarios = new java.util.ArrayList<>();
        for (int i = 0; i < all.size() && scenarios.size() < limit; i += stride) {
            scenarios.add(all.get(i));
        }
        System.err.printf(Locale.ROOT, "loaded %d parts, %d scenarios in %.1f s%n", network.partCount(),
                scenarios.size(), (System.nanoTime() - start) / 1e9);
        long sweepStart = System.nanoTime();
        List<ScenarioOutcome> outcomes = StressTest.run(network, scenarios, StressTest.DEFAULT_HORIZON_WEEKS,
                new LocalSweepExecutor(threads), (done, total) -> {
                    if (done % 160 == 0 || done == total) {
                        System.err.printf(Locale.ROOT, "  %d/%d after %.1f s%n", done, total,
                                (System.nanoTime() - sweepStart) / 1e9);
                    }
                });
        double sweep = (System.nanoTime() - sweepStart) / 1e9;
        System.err.printf(Locale.ROOT, "sweep: %d scenarios on %d threads in %.1f s (%.1f ms each)%n",
                outcomes.size(), threads, sweep, 1000 * sweep / outcomes.size());
        for (ScenarioOutcome o : outcomes) {
            System.out.println(o.events() + " ttr=" + o.ttrWeeks() + " tts=" + o.ttsWeeks() + " capped=" + o.ttsCapped()
                    + " impact=" + o.performanceImpact() + " rei=" + o.riskExposureIndex() + " lost=" + o.lostUnits()
                    + " touched=" + o.touchedSystems().size());
        }
    }
}
