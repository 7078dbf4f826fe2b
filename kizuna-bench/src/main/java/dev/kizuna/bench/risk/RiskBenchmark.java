package dev.kizuna.bench.risk;

import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.risk.RiskAnalysis;
import dev.kizuna.risk.RiskReport;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Exact unavailability and importance for every system of a dataset the size of the bundled
 * illustrative one: 120 parts, 40 organizations, 80 sites (every one with a probability), 6
 * systems, 4 country events. Each system shares many sites with the others, as there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class RiskBenchmark {
    SupplyNetwork network;

    @Setup(Level.Trial)
    public void setUp() {
        network = NetworkCompiler.compile(illustrativeSized(7));
    }

    static Dataset illustrativeSized(long seed) {
        Random random = new Random(seed);
        String[] countries = {"JP", "US", "CN", "DE", "TW", "KR", "GB", "FR"};
        DatasetBuilder b = DatasetBuilder.jpUs();
        for (int o = 0; o < 40; o++) {
            b.organization("o" + o, countries[random.nextInt(countries.length)], o > 5 && random.nextInt(4) == 0 ? "o" + random.nextInt(o) : null);
        }
        for (int s = 0; s < 80; s++) {
            b.site("s" + s, "o" + random.nextInt(40), countries[random.nextInt(countries.length)], Double.NaN,
                    0.005 + 0.1 * random.nextDouble(), 4);
        }
        b.country("CN", 0.05, 26).country("TW", 0.03, 26).country("KR", 0.01, 26).country("US", 0.005, 26);
        // 6 systems, 4 levels of assemblies: 6 tops, 18 modules, 36 components, 60 materials
        int[][] levels = {{0, 6}, {6, 24}, {24, 60}, {60, 120}};
        for (int p = 0; p < 120; p++) {
            b.part("p" + p, 10);
            int sources = p < 6 ? 1 : 1 + random.nextInt(3);
            int first = random.nextInt(80);
            for (int k = 0; k < sources; k++) {
                b.source("p" + p, "s" + ((first + 17 * k) % 80), Double.NaN);
            }
        }
        for (int l = 1; l < levels.length; l++) {
            for (int c = levels[l][0]; c < levels[l][1]; c++) {
                int parents = 1 + random.nextInt(2);
                for (int k = 0; k < parents; k++) {
                    b.bom("p" + (levels[l - 1][0] + random.nextInt(levels[l - 1][1] - levels[l - 1][0])), "p" + c, 1);
                }
            }
        }
        for (int y = 0; y < 6; y++) {
            b.system("y" + y, "p" + y, 20, 10_000);
        }
        return b.build();
    }

    @Benchmark
    public RiskReport allSystems() {
        return RiskAnalysis.run(network);
    }
}
