package dev.kizuna.bench.risk;

import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.EventImpact;
import dev.kizuna.disruption.KnockoutSweep;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
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
import java.util.concurrent.TimeUnit;

/**
 * The requirement: a site sweep of a 1,000,000-part network with 200,000 sites on 2 threads.
 * Each iteration is one whole sweep (every site knocked out alone, incremental propagation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g", "-XX:+UseParallelGC"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class SiteSweepBenchmark {
    @Param("1000000")
    int parts;

    @Param("200000")
    int sites;

    @Param("2")
    int threads;

    SupplyNetwork network;

    @Setup(Level.Trial)
    public void setUp() {
        network = NetworkCompiler.compile(LayeredNetworks.build(parts, sites, 100, 42));
    }

    @Benchmark
    public List<EventImpact> siteSweep() {
        return KnockoutSweep.impacts(network, EventBasis.SITE, new LocalSweepExecutor(threads), SweepProgress.NONE);
    }
}
