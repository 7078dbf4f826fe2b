package dev.kizuna.bench.illustrative;

import dev.kizuna.assessment.Assessment;
import dev.kizuna.io.dataset.DatasetReader;
import dev.kizuna.io.dataset.LoadResult;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.risk.RiskAnalysis;
import dev.kizuna.risk.RiskReport;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The analyses on the bundled illustrative dataset, as a user runs them: the issue asks for
 * {@code risk} under 1 s there. Run from the repository root (the dataset path is relative).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IllustrativeDatasetBenchmark {
    @Param("examples/jp-us-uav")
    public String dataset;

    private Dataset loaded;
    private SupplyNetwork network;

    @Setup
    public void load() {
        LoadResult result = DatasetReader.read(Path.of(dataset));
        if (!(result instanceof LoadResult.Loaded ok)) {
            throw new IllegalStateException("cannot load " + dataset + ": " + result);
        }
        loaded = ok.dataset();
        network = NetworkCompiler.compile(loaded);
    }

    /** Reading and validating the files, then compiling: what every command does first. */
    @Benchmark
    public SupplyNetwork loadAndCompile() {
        LoadResult.Loaded result = (LoadResult.Loaded) DatasetReader.read(Path.of(dataset));
        return NetworkCompiler.compile(result.dataset());
    }

    /** Exact unavailability and the four importance measures for every system. */
    @Benchmark
    public RiskReport risk() {
        return RiskAnalysis.run(network);
    }

    @Benchmark
    public Assessment.Result assess() {
        return Assessment.assess(network, loaded.fleet(), Basis.LOCATION);
    }
}
