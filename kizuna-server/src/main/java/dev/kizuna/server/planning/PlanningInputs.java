package dev.kizuna.server.planning;

import dev.kizuna.compliance.RulePack;
import dev.kizuna.io.offers.OfferLoad;
import dev.kizuna.io.offers.OfferReader;
import dev.kizuna.io.rules.RulePackLoad;
import dev.kizuna.io.rules.RulePackReader;
import dev.kizuna.server.dataset.DatasetFiles;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.dataset.VersionStore;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kizuna/1.1 inputs of a version (offers.csv and the rules/ pack), read once per version with
 * the kizuna-io readers from the version's stored files.
 */
@Component
public class PlanningInputs {
    private final VersionStore store;

    public PlanningInputs(VersionStore store) {
        this.store = store;
    }

    public record Inputs(List<dev.kizuna.sourcing.Offer> offers, Optional<RulePack> rules) {
    }

    public Inputs of(LoadedVersion version) {
        return version.memo("planning-inputs", v -> read(v, store.files(v.id())));
    }

    private static Inputs read(LoadedVersion version, DatasetFiles files) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("kizuna-planning-");
            files.writeTo(directory);
            OfferLoad offers = OfferReader.read(directory, version.dataset());
            if (!offers.ok()) {
                throw new IllegalArgumentException("offers.csv has " + offers.problems().size() + " problem(s): "
                        + offers.problems());
            }
            Optional<RulePack> rules = Optional.empty();
            if (Files.isDirectory(directory.resolve("rules"))) {
                rules = switch (RulePackReader.read(directory.resolve("rules"))) {
                    case RulePackLoad.Loaded loaded -> Optional.of(loaded.pack());
                    case RulePackLoad.Rejected rejected -> throw new IllegalArgumentException("the rule pack has "
                            + rejected.problems().size() + " problem(s): " + rejected.problems());
                };
            }
            return new Inputs(offers.offers(), rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (directory != null) {
                try (Stream<Path> paths = Files.walk(directory)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // a temporary directory left behind is harmless
                }
            }
        }
    }
}
