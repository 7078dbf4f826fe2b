package dev.kizuna.cli.planning;

import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.compliance.RulePack;
import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.io.offers.OfferLoad;
import dev.kizuna.io.offers.OfferReader;
import dev.kizuna.io.rules.RulePackLoad;
import dev.kizuna.io.rules.RulePackReader;
import dev.kizuna.sourcing.Offer;
import dev.kizuna.supply.model.Dataset;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Loads the kizuna/1.1 files next to a dataset: offers.csv and rule packs, with FILE:LINE problems. */
public final class FixInputs {
    private FixInputs() {
    }

    /** The dataset's offers; a dataset given as .zip has none (offers are read from directories). */
    public static List<Offer> offers(Path datasetPath, Dataset dataset, PrintWriter err) {
        if (!Files.isDirectory(datasetPath)) {
            return List.of();
        }
        OfferLoad load = OfferReader.read(datasetPath, dataset);
        if (!load.ok()) {
            report(load.problems(), err);
            throw new UserError(ExitCodes.INVALID_DATASET, datasetPath.resolve(OfferReader.FILE) + ": "
                    + load.problems().size() + " problem(s)");
        }
        return load.offers();
    }

    public static RulePack rules(Path pack, PrintWriter err) {
        if (!Files.exists(pack)) {
            throw new UserError(ExitCodes.IO_ERROR, pack + ": no such rule file or directory");
        }
        return switch (RulePackReader.read(pack)) {
            case RulePackLoad.Loaded loaded -> loaded.pack();
            case RulePackLoad.Rejected rejected -> {
                report(rejected.problems(), err);
                throw new UserError(ExitCodes.INVALID_DATASET, pack + ": " + rejected.problems().size() + " problem(s)");
            }
        };
    }

    /** The dataset's own rules/ directory, when it has one. */
    public static Optional<Path> defaultRules(Path datasetPath) {
        Path rules = datasetPath.resolve("rules");
        return Files.isDirectory(rules) ? Optional.of(rules) : Optional.empty();
    }

    private static void report(List<DatasetProblem> problems, PrintWriter err) {
        problems.forEach(err::println);
        err.flush();
    }
}
