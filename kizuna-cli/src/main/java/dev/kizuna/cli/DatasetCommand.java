package dev.kizuna.cli;

import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.io.dataset.DatasetReader;
import dev.kizuna.io.dataset.LoadResult;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.Dataset;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Base of the commands that analyse one dataset: the DIR argument, {@code --format}, loading with
 * the validation report, and JSON output.
 */
public abstract class DatasetCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "Dataset directory or .zip (kizuna/1)")
    protected Path datasetPath;

    @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: text (default) or json")
    protected OutputFormat format;

    @CommandLine.Spec
    protected CommandLine.Model.CommandSpec spec;

    /** A dataset loaded, validated and compiled. */
    public record LoadedDataset(Dataset dataset, SupplyNetwork network, List<DatasetProblem> warnings) {
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Loads the dataset, or prints its problems and stops with {@link ExitCodes#INVALID_DATASET}. */
    protected LoadedDataset load() {
        if (!Files.exists(datasetPath)) {
            throw new UserError(ExitCodes.IO_ERROR, datasetPath + ": no such directory or .zip file");
        }
        long start = System.nanoTime();
        LoadResult result = DatasetReader.read(datasetPath);
        long read = System.nanoTime();
        return switch (result) {
            case LoadResult.Rejected rejected -> {
                PrintWriter err = err();
                rejected.problems().forEach(problem -> err.println(problem));
                throw new UserError(ExitCodes.INVALID_DATASET, datasetPath + ": " + rejected.problems().size()
                        + " problem(s); fix them and run again ('kizuna validate " + datasetPath + "' lists them)");
            }
            case LoadResult.Loaded loaded -> {
                loaded.warnings().forEach(warning -> err().println("warning: " + warning));
                SupplyNetwork network = NetworkCompiler.compile(loaded.dataset());
                Progress.phase(err(), start, String.format(java.util.Locale.ROOT,
                        "read and validated %,d parts in %.1f s, compiled in %.1f s", network.partCount(),
                        (read - start) / 1e9, (System.nanoTime() - read) / 1e9));
                yield new LoadedDataset(loaded.dataset(), network, loaded.warnings());
            }
        };
    }

    /** Prints a result record as JSON; record component names are the contract's keys. */
    protected void printJson(Object report) {
        Json.write(report, out());
    }

    protected boolean json() {
        return format == OutputFormat.JSON;
    }
}
