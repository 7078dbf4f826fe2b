package dev.kizuna.cli.dataset;

import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.Json;
import dev.kizuna.cli.OutputFormat;
import dev.kizuna.cli.UserError;
import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.io.dataset.DatasetReader;
import dev.kizuna.io.dataset.LoadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code kizuna validate DIR}: every problem of the dataset as FILE:LINE: message; exit 0 only when clean. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a kizuna/1 dataset (directory or .zip) and list every problem as FILE:LINE: message.",
                "Exits 0 when the dataset is clean, 1 when it has problems."})
public final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "Dataset directory or .zip (kizuna/1)")
    Path datasetPath;

    @CommandLine.Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format: text (default) or json")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** JSON form of the validation result. */
    public record ValidationReport(String dataset, boolean valid, List<DatasetProblem> problems,
                                   List<DatasetProblem> warnings) {
    }

    @Override
    public Integer call() {
        if (!Files.exists(datasetPath)) {
            throw new UserError(ExitCodes.IO_ERROR, datasetPath + ": no such directory or .zip file");
        }
        LoadResult result = DatasetReader.read(datasetPath);
        List<DatasetProblem> problems = result instanceof LoadResult.Rejected r ? r.problems() : List.of();
        List<DatasetProblem> warnings = result instanceof LoadResult.Loaded l ? l.warnings() : List.of();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.write(new ValidationReport(datasetPath.toString(), problems.isEmpty(), problems, warnings), out);
        } else {
            problems.forEach(out::println);
            warnings.forEach(w -> out.println("warning: " + w));
            if (problems.isEmpty()) {
                out.println(datasetPath + ": valid kizuna/1 dataset" + (warnings.isEmpty() ? "" : " (" + warnings.size() + " warning(s))"));
            } else {
                out.println(datasetPath + ": " + problems.size() + " problem(s)");
            }
            out.flush();
        }
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_DATASET;
    }
}
