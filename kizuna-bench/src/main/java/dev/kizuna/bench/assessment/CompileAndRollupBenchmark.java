package dev.kizuna.bench.assessment;

import dev.kizuna.assessment.Assessment;
import dev.kizuna.content.ContentRollup;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.synthetic.GeneratorSettings;
import dev.kizuna.synthetic.NetworkGenerator;
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
 * Compiling a generated dataset into the CSR network and rolling content up (spec 3.4), and the
 * whole assess analysis, on a generated network. The dataset is generated once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class CompileAndRollupBenchmark {
    @Param({"1000000"})
    public int parts;

    private Dataset dataset;
    private SupplyNetwork network;

    @Setup(Level.Trial)
    public void generate() {
        dataset = NetworkGenerator.generate(new GeneratorSettings(parts, 1));
        network = NetworkCompiler.compile(dataset);
    }

    /** Compile plus the content roll-up on the location basis: the 3 s budget. */
    @Benchmark
    public ContentRollup compileAndRollup() {
        return ContentRollup.compute(NetworkCompiler.compile(dataset), Basis.LOCATION);
    }

    @Benchmark
    public SupplyNetwork compileOnly() {
        return NetworkCompiler.compile(dataset);
    }

    /** The whole assess analysis on an already compiled network (both bases, reachability, paths). */
    @Benchmark
    public Assessment.Result assessOnly() {
        return Assessment.assess(network, dataset.fleet(), Basis.LOCATION);
    }
}
