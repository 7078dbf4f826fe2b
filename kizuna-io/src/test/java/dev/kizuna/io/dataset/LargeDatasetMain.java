package dev.kizuna.io.dataset;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: generates a large dataset (once) and times loading it, for the numbers in
 * docs/validation.md. Usage: {@code LargeDatasetMain DIR [PARTS] [RUNS]}; DIR must not be in the repository.
 */
public final class LargeDatasetMain {
    private LargeDatasetMain() {
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        int parts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (!Files.exists(directory.resolve("kizuna.yaml"))) {
            long start = System.nanoTime();
            GeneratedDataset.write(directory, parts, 42);
            System.out.printf("generated %d parts in %.1f s%n", parts, (System.nanoTime() - start) / 1e9);
        }
        for (int run = 1; run <= runs; run++) {
            System.gc();
            long parseStart = System.nanoTime();
            long parseCpu = cpuNanos();
            try (DatasetFiles files = DatasetFiles.open(directory, ZipLimits.DEFAULT, new Problems())) {
                FileLoader.load(files);
            }
            System.out.printf("run %d: reading the files alone: %.2f s wall, %.2f s cpu%n", run,
                    (System.nanoTime() - parseStart) / 1e9, (cpuNanos() - parseCpu) / 1e9);
            System.gc();
            long start = System.nanoTime();
            long cpuStart = cpuNanos();
            LoadResult result = DatasetReader.read(directory);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long usedMiB = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
            String outcome = switch (result) {
                case LoadResult.Loaded loaded -> String.format("loaded %d parts, %d bom lines, %d sources, %d warnings",
                        loaded.dataset().parts().size(), loaded.dataset().bomLines().size(),
                        loaded.dataset().sources().size(), loaded.warnings().size());
                case LoadResult.Rejected rejected -> "rejected: " + rejected.problems().size() + " problems, first "
                        + rejected.problems().get(0);
            };
            System.out.printf("run %d: %.2f s wall, %.2f s cpu (all threads, GC included), %s, heap after load %d MiB%n",
                    run, seconds, cpuSeconds, outcome, usedMiB);
        }
    }
}
