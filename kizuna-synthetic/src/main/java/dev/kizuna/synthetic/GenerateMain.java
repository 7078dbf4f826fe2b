package dev.kizuna.synthetic;

import dev.kizuna.io.dataset.DatasetWriter;
import dev.kizuna.supply.model.Dataset;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Benchmark entry point: {@code GenerateMain [--parts N] [--seed S] [--tiers T] OUT} generates a
 * network, writes it to OUT and prints the row counts, the times and the peak heap.
 */
public final class GenerateMain {
    private GenerateMain() {
    }

    public static void main(String[] args) {
        int parts = 1000;
        long seed = 1;
        Integer tiers = null;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parts" -> parts = Integer.parseInt(value(args, ++i, "--parts"));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                case "--tiers" -> tiers = Integer.parseInt(value(args, ++i, "--tiers"));
                default -> {
                    if (args[i].startsWith("--") || out != null) {
                        usage("unexpected argument " + args[i]);
                    }
                    out = Path.of(args[i]);
                }
            }
        }
        if (out == null) {
            usage("missing output directory");
        }
        GeneratorSettings settings = new GeneratorSettings(parts, seed);
        if (tiers != null) {
            settings = settings.withTiers(tiers);
        }
        long started = System.nanoTime();
        Dataset dataset = NetworkGenerator.generate(settings);
        long generated = System.nanoTime();
        DatasetWriter.write(dataset, out);
        long written = System.nanoTime();

        System.out.println("settings: " + settings);
        System.out.println("wrote " + out.toAbsolutePath());
        row("organizations.csv", dataset.organizations().size());
        row("sites.csv", dataset.sites().size());
        row("parts.csv", dataset.parts().size());
        row("bom.csv", dataset.bomLines().size());
        row("sources.csv", dataset.sources().size());
        row("inventory.csv", dataset.inventory().size());
        row("systems.csv", dataset.systems().size());
        row("fleet.csv", dataset.fleet().size());
        row("countries.csv", dataset.countries().size());
        System.out.printf(Locale.ROOT, "generate: %.2f s, write: %.2f s, peak heap: %d MB%n",
                (generated - started) / 1e9, (written - generated) / 1e9, peakHeapBytes() >> 20);
    }

    private static void row(String file, int rows) {
        System.out.printf(Locale.ROOT, "  %-18s %,12d rows%n", file, rows);
    }

    /** Sum of the heap pools' peaks: an upper bound of the live heap, as the pools peak at different times. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            usage(option + " needs a value");
        }
        return args[index];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: GenerateMain [--parts N] [--seed S] [--tiers T] OUT");
        System.exit(2);
    }
}
