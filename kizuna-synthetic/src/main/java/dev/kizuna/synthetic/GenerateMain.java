package dev.kizuna.synthetic;

import dev.kizuna.io.dataset.DatasetWriter;
import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.Source;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark entry point: {@code GenerateMain [--parts N] [--seed S] [--tiers T] [--stats] OUT} generates a
 * network, writes it to OUT and prints the row counts, the times and the peak heap
 * (with {@code --stats}, also a few shape figures).
 */
public final class GenerateMain {
    private GenerateMain() {
    }

    public static void main(String[] args) {
        int parts = 1000;
        long seed = 1;
        Integer tiers = null;
        boolean stats = false;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--parts" -> parts = Integer.parseInt(value(args, ++i, "--parts"));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                case "--tiers" -> tiers = Integer.parseInt(value(args, ++i, "--tiers"));
                case "--stats" -> stats = true;
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
        if (stats) {
            // After the heap figure, which these maps would otherwise inflate.
            printShape(dataset);
        }
    }

    private static void printShape(Dataset dataset) {
        Map<PartId, Integer> qualified = new HashMap<>();
        int alternates = 0;
        int explicitShares = 0;
        for (Source source : dataset.sources()) {
            if (source.isQualified()) {
                qualified.merge(source.partId(), 1, Integer::sum);
                explicitShares += Double.isNaN(source.share()) ? 0 : 1;
            } else {
                alternates++;
            }
        }
        int[] byCount = new int[6];
        for (Part part : dataset.parts()) {
            byCount[Math.min(5, qualified.getOrDefault(part.id(), 0))]++;
        }
        Map<PartId, Integer> parents = new HashMap<>();
        int siteRows = 0;
        int approvedRows = 0;
        for (BomLine line : dataset.bomLines()) {
            if (line.siteId() == null) {
                parents.merge(line.childId(), 1, Integer::sum);
            } else {
                siteRows++;
            }
            approvedRows += line.approvedSites().isEmpty() ? 0 : 1;
        }
        int mostParents = parents.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long subsidiaries = dataset.organizations().stream().filter(o -> o.parentId() != null).count();
        int parts = dataset.parts().size();
        System.out.printf(Locale.ROOT, "qualified sources per part: 0: %d, 1: %d (%.1f%%), 2: %d, 3: %d, 4: %d%n",
                byCount[0], byCount[1], 100.0 * byCount[1] / parts, byCount[2], byCount[3], byCount[4]);
        System.out.printf(Locale.ROOT, "alternate sources: %d, qualified rows with explicit share: %d%n",
                alternates, explicitShares);
        System.out.printf(Locale.ROOT, "site-specific bom rows: %d, rows with approved_sites: %d, "
                + "most parents of one part: %d%n", siteRows, approvedRows, mostParents);
        System.out.printf(Locale.ROOT, "organizations with a parent: %d%n", subsidiaries);
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
        System.err.println("usage: GenerateMain [--parts N] [--seed S] [--tiers T] [--stats] OUT");
        System.exit(2);
    }
}
