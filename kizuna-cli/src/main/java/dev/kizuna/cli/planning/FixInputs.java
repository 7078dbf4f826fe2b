package dev.kizuna.cli.planning;

import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.UserError;
import dev.kizuna.compliance.RulePack;
import dev.kizuna.io.dataset.DatasetFolder;
import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.io.offers.OfferLoad;
import dev.kizuna.io.offers.OfferReader;
import dev.kizuna.io.rules.RulePackLoad;
import dev.kizuna.io.rules.RulePackReader;
import dev.kizuna.sourcing.Offer;
import dev.kizuna.supply.model.Dataset;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads the kizuna/1.1 files next to a dataset: offers.csv and rule packs, with FILE:LINE problems.
 * A dataset given as a .zip works like a directory: its offers.csv and rules/ are read from the zip
 * (with the dataset reader's limits), and a rule path through a zip, {@code DATA.zip/rules}, names
 * that folder inside it.
 */
public final class FixInputs {
    private FixInputs() {
    }

    /** The dataset's offers (offers.csv of the directory or zip; none without it). */
    public static List<Offer> offers(Path datasetPath, Dataset dataset, PrintWriter err) {
        OfferLoad load = OfferReader.read(datasetPath, dataset);
        if (!load.ok()) {
            report(load.problems(), err);
            throw new UserError(ExitCodes.INVALID_DATASET, datasetPath.resolve(OfferReader.FILE) + ": "
                    + load.problems().size() + " problem(s)");
        }
        return load.offers();
    }

    public static RulePack rules(Path pack, PrintWriter err) {
        RulePackLoad load;
        if (Files.exists(pack)) {
            load = RulePackReader.read(pack);
        } else {
            Optional<Path> zip = enclosingZip(pack);
            if (zip.isEmpty()) {
                throw new UserError(ExitCodes.IO_ERROR, pack + ": no such rule file or directory");
            }
            try (DatasetFolder folder = DatasetFolder.open(zip.get())) {
                String inside = zip.get().relativize(pack).toString().replace('\\', '/');
                if (!folder.isFile(inside) && !folder.isFolder(inside)) {
                    throw new UserError(ExitCodes.IO_ERROR, pack + ": no such rule file or folder in " + zip.get());
                }
                load = RulePackReader.read(folder, inside);
            } catch (IOException e) {
                throw new UserError(ExitCodes.IO_ERROR, zip.get() + ": " + e.getMessage());
            }
        }
        return switch (load) {
            case RulePackLoad.Loaded loaded -> loaded.pack();
            case RulePackLoad.Rejected rejected -> {
                report(rejected.problems(), err);
                throw new UserError(ExitCodes.INVALID_DATASET, pack + ": " + rejected.problems().size() + " problem(s)");
            }
        };
    }

    /**
     * The dataset's own rules/ directory, when it has one; for a zip, the path {@code DATA.zip/rules}
     * that {@link #rules} reads inside the zip.
     */
    public static Optional<Path> defaultRules(Path datasetPath) {
        Path rules = datasetPath.resolve("rules");
        if (DatasetFolder.isZip(datasetPath)) {
            try (DatasetFolder folder = DatasetFolder.open(datasetPath)) {
                return folder.isFolder("rules") ? Optional.of(rules) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Files.isDirectory(rules) ? Optional.of(rules) : Optional.empty();
    }

    /** The nearest ancestor of a path that does not exist on disk which is a zip file. */
    private static Optional<Path> enclosingZip(Path path) {
        for (Path p = path.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return DatasetFolder.isZip(p) ? Optional.of(p) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static void report(List<DatasetProblem> problems, PrintWriter err) {
        problems.forEach(err::println);
        err.flush();
    }
}
