package dev.kizuna.bench.risk;

import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.EventImpact;
import dev.kizuna.disruption.SweepEvaluatorFactory;
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

/** Whole site sweeps on one thread: full recomputation per event against incremental propagation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class IncrementalVsFullBenchmark {
    @Param("20000")
    int parts;

    @Param("4000")
    int sites;

    SupplyNetwork network;
    List<dev.kizuna.disruption.DisruptionEvent> events;

    @Setup(Level.Trial)
    public void setUp() {
        network = NetworkCompiler.compile(LayeredNetworks.build(parts, sites, 20, 42));
        events = EventBasis.SITE.events(network);
    }

    @Benchmark
    public List<EventImpact> incremental() {
        return new LocalSweepExecutor(1).sweep(network, events, new SweepEvaluatorFactory(EventBasis.SITE, true),
                SweepProgress.NONE);
    }

    @Benchmark
    public List<EventImpact> fullRecomputation() {
        return new LocalSweepExecutor(1).sweep(network, events, new SweepEvaluatorFactory(EventBasis.SITE, false),
                SweepProgress.NONE);
    }
}
