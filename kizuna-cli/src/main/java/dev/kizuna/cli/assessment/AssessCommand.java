package dev.kizuna.cli.assessment;

import dev.kizuna.assessment.Assessment;
import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.Progress;
import dev.kizuna.supply.model.Basis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code kizuna assess DIR}: content by origin, fleet origin, single sources, concentration, exposures. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Measure a dataset: each system's value and content by origin (location and control),",
                "the fleet's origin, single-source parts, the most concentrated parts and concern exposures",
                "with the path that explains each."})
public final class AssessCommand extends DatasetCommand {
    @Option(names = "--basis", defaultValue = "location", paramLabel = "location|control",
            description = "Country basis of the concentration (HHI) and single-source country (default: location)")
    Basis basis;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N",
            description = "How many of the most concentrated parts the text report lists (default: 10)")
    int top;

    @Override
    public Integer call() {
        LoadedDataset loaded = load();
        long start = System.nanoTime();
        Assessment.Result result = Assessment.assess(loaded.network(), loaded.dataset().fleet(), basis);
        Progress.phase(err(), start, String.format(Locale.ROOT, "assessed %,d systems in %.1f s",
                loaded.network().systemCount(), (System.nanoTime() - start) / 1e9));
        result.warnings().forEach(warning -> err().println("warning: " + warning));
        if (json()) {
            printJson(result.report());
        } else {
            new AssessmentText(result.report(), basis, top).print(out());
        }
        return ExitCodes.OK;
    }
}
