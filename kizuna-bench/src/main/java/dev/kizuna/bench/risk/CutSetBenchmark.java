package dev.kizuna.bench.risk;

import dev.kizuna.disruption.EventBasis;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.risk.CutSetAnalysis;
import dev.kizuna.risk.CutSetReport;
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

import java.util.concurrent.TimeUnit;

/**
 * Minimal cut sets up to order 3 on a 10,000-part network. With 3 systems each top part's cone
 * holds about a third of the network (over 3,000 parts), the hard case for the expansion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CutSetBenchmark {
    @Param("10000")
    int parts;

    @Param("2000")
    int sites;

    @Param("3")
    int maxOrder;

    @Param({"site", "org", "country"})
    String basis;

    SupplyNetwork network;

    @Setup(Level.Trial)
    public void setUp() {
        network = NetworkCompiler.compile(LayeredNetworks.build(parts, sites, 3, 42));
    }

    @Benchmark
    public CutSetReport firstSystem() {
        return CutSetAnalysis.compute(network, 0, EventBasis.parse(basis).orElseThrow(), maxOrder);
    }
}
