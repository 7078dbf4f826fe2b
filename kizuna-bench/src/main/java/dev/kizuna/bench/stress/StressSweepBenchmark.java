package dev.kizuna.bench.stress;

import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.stress.StressScenario;
import dev.kizuna.stress.StressTest;
import dev.kizuna.stress.lp.Cones;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The full default stress sweep (spec 3.9: every site some system needs, alone, with its own TTR) on a
 * layered random network ({@link LayeredNetwork}, seed 1, 20 systems, sites = parts / 5): the
 * 10,000-part, 2,000-site network of docs/stress.md and a 2,000-part, 400-site one. One iteration is
 * one whole sweep, so single-shot time; no warm-up iteration, since a sweep takes minutes and each
 * one builds its own models anyway.
 *
 * <pre>
 * java -jar kizuna-bench/target/kizuna-benchmarks.jar StressSweep               # both sizes
 * java -jar kizuna-bench/target/kizuna-benchmarks.jar StressSweep -p parts=2000 # the small one
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StressSweepBenchmark {
    @Param({"10000", "2000"})
    int parts;

    @Param("20")
    int systems;

    @Param("2")
    int threads;

    @Param("1")
    long seed;

    SupplyNetwork network;
    List<StressScenario> scenarios;

    @Setup(Level.Trial)
    public void setUp() {
        network = NetworkCompiler.compile(LayeredNetwork.build(parts, parts / 5, systems, seed));
        Cones cones = Cones.of(network);
        long coneParts = 0;
        for (int y = 0; y < network.systemCount(); y++) {
            coneParts += cones.parts(y).cardinality();
        }
        scenarios = StressTest.defaultScenarios(network, Double.NaN);
        System.out.printf(Locale.ROOT, "%nnetwork: %d parts, %d sites, %d sources, %d bom rows, %d systems;"
                        + " mean cone %d parts; %d scenarios%n", network.partCount(), network.siteCount(),
                network.sourceCount(), network.rowCount(), network.systemCount(), coneParts / network.systemCount(),
                scenarios.size());
    }

    @Benchmark
    public List<ScenarioOutcome> defaultSweep() {
        List<ScenarioOutcome> outcomes = StressTest.run(network, scenarios, StressTest.DEFAULT_HORIZON_WEEKS,
                new LocalSweepExecutor(threads), SweepProgress.NONE);
        long shortOnes = outcomes.stream().filter(o -> o.hasTtr() && o.survivalGapWeeks() > 0).count();
        System.out.printf(Locale.ROOT, "%nsweep: %d scenarios, %d with TTS < TTR%n", outcomes.size(), shortOnes);
        return outcomes;
    }
}
