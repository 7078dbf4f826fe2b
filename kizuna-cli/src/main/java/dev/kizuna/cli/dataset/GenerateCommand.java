package dev.kizuna.cli.dataset;

import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.io.dataset.DatasetWriter;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.synthetic.GeneratorSettings;
import dev.kizuna.synthetic.NetworkGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code kizuna generate --parts N --seed S OUT}: a synthetic kizuna/1 dataset for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic, valid kizuna/1 dataset with a realistic structure (3 to 6 tiers, shared",
                "sub-tier suppliers, alternates, single sources, every alignment class, foreign ownership).",
                "The same arguments write the same bytes."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--parts", required = true, paramLabel = "N", description = "Number of parts (at least 30)")
    int parts;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: 1)")
    long seed;

    @Option(names = "--tiers", paramLabel = "T", description = "BOM levels, 3 to 6 (default: by size)")
    Integer tiers;

    @Option(names = "--systems", paramLabel = "N", description = "Number of systems (default: about sqrt(parts)/2)")
    Integer systems;

    @CommandLine.Parameters(index = "0", paramLabel = "OUT", description = "Directory to write (created if missing)")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(parts, seed);
            if (tiers != null) {
                settings = settings.withTiers(tiers);
            }
            if (systems != null) {
                settings = settings.withSystems(systems);
            }
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
        refuseForeignDirectory();
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "generating %,d parts (seed %d)...%n", parts, seed);
        err.flush();
        long start = System.nanoTime();
        Dataset dataset = NetworkGenerator.generate(settings);
        try {
            DatasetWriter.write(dataset, output);
        } catch (UncheckedIOException e) {
            throw new UserError(ExitCodes.IO_ERROR, output + ": cannot write: " + e.getCause().getMessage());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "wrote %s: %,d organizations, %,d sites, %,d parts, %,d BOM lines, %,d sources, %,d systems (%.1f s)%n",
                output, dataset.organizations().size(), dataset.sites().size(), dataset.parts().size(),
                dataset.bomLines().size(), dataset.sources().size(), dataset.systems().size(), seconds);
        out.flush();
        return ExitCodes.OK;
    }

    /** Overwriting an earlier dataset is fine; writing CSVs into some other non-empty folder is not. */
    private void refuseForeignDirectory() {
        if (!Files.isDirectory(output)) {
            if (Files.exists(output)) {
                throw new UserError(ExitCodes.IO_ERROR, output + " exists and is not a directory");
            }
            return;
        }
        try (Stream<Path> entries = Files.list(output)) {
            boolean empty = entries.findAny().isEmpty();
            if (!empty && !Files.exists(output.resolve("kizuna.yaml"))) {
                throw new UserError(ExitCodes.IO_ERROR, output + " is not empty and holds no kizuna dataset;"
                        + " choose an empty or new directory");
            }
        } catch (IOException e) {
            throw new UserError(ExitCodes.IO_ERROR, output + ": " + e.getMessage());
        }
    }
}
