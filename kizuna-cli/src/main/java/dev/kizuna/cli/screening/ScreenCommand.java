package dev.kizuna.cli.screening;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.TextTable;
import dev.kizuna.cli.UserError;
import dev.kizuna.io.dataset.DatasetFolder;
import dev.kizuna.io.screening.ScreeningListReader;
import dev.kizuna.screening.Screener;
import dev.kizuna.screening.ScreeningHit;
import dev.kizuna.screening.ScreeningParty;
import dev.kizuna.screening.ScreeningThresholds;
import dev.kizuna.supply.model.Organization;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code kizuna screen DIR --list FILE.csv}: organizations that may be on a screening list. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen the dataset's organizations (names and the optional 'aliases' column) against a list",
                "in the US Consolidated Screening List CSV layout; subsidiaries of a listed parent are flagged with",
                "the ownership chain. Exits 0 when nothing matches, 6 when some organization may be listed."})
public final class ScreenCommand extends DatasetCommand {

    @Option(names = "--list", required = true, paramLabel = "FILE.csv", description = "Screening list CSV")
    Path list;

    @Option(names = "--match", defaultValue = "0.92", paramLabel = "SCORE",
            description = "Score from which a fuzzy match is a match (default: 0.92)")
    double match;

    @Option(names = "--review", defaultValue = "0.80", paramLabel = "SCORE",
            description = "Score from which a pair needs manual review (default: 0.80)")
    double review;

    /** JSON form. */
    public record ScreeningReport(String list, int entries, double matchThreshold, double reviewThreshold,
                                  int organizations, List<ScreeningHit> hits) {
    }

    @Override
    public Integer call() {
        LoadedDataset loaded = load();
        ScreeningThresholds thresholds;
        try {
            thresholds = new ScreeningThresholds(match, review);
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.USAGE, e.getMessage());
        }
        var screeningList = readList();
        if (!screeningList.problems().isEmpty()) {
            screeningList.problems().forEach(err()::println);
            throw new UserError(ExitCodes.INVALID_DATASET, list + ": " + screeningList.problems().size() + " problem(s)");
        }
        List<ScreeningParty> parties = loaded.dataset().organizations().stream().map(ScreenCommand::party).toList();
        List<ScreeningHit> hits = new Screener(thresholds).screen(parties, screeningList.entries());
        if (json()) {
            printJson(new ScreeningReport(list.getFileName().toString(), screeningList.entries().size(), match, review,
                    parties.size(), hits));
        } else {
            var out = out();
            out.println("Screened " + parties.size() + " organization(s) against " + screeningList.entries().size()
                    + " list entries: " + hits.size() + " possible match(es) (match >= " + match + ", review >= "
                    + review + ")");
            TextTable table = new TextTable("organization", "band", "score", "listed name", "list", "entry", "line",
                    "via").right(2, 6);
            hits.forEach(h -> table.row(h.organization(), h.band(), String.format(Locale.ROOT, "%.3f", h.score()),
                    h.listedName(), h.listSource(), h.entityNumber(), h.listLine(),
                    h.viaOwnership() ? "owner: " + String.join(" -> ", h.chain()) : "name: " + h.ourName()));
            table.print(out, "  ");
            out.flush();
        }
        return hits.isEmpty() ? ExitCodes.OK : ExitCodes.POSSIBLE_MATCHES;
    }

    /** A file on disk, or else a path inside the dataset (so a zipped dataset can carry its list). */
    private ScreeningListReader.ScreeningList readList() {
        if (Files.isRegularFile(list)) {
            return ScreeningListReader.read(list);
        }
        if (!list.isAbsolute()) {
            String relative = list.toString().replace('\\', '/');
            try (DatasetFolder folder = DatasetFolder.open(datasetPath)) {
                boolean present;
                try (var probe = folder.open(relative)) {
                    present = probe != null;
                }
                if (present) {
                    return ScreeningListReader.read(folder, relative);
                }
            } catch (java.io.IOException e) {
                throw new UserError(ExitCodes.IO_ERROR, datasetPath + ": " + e.getMessage());
            }
        }
        throw new UserError(ExitCodes.IO_ERROR, list + ": no such file (nor inside " + datasetPath + ")");
    }

    private static ScreeningParty party(Organization organization) {
        String aliases = organization.attributes().getOrDefault("aliases", "");
        return new ScreeningParty(organization.id().value(), organization.name(),
                Arrays.stream(aliases.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                organization.country().value(), organization.findParentId().map(Object::toString).orElse(null));
    }
}
