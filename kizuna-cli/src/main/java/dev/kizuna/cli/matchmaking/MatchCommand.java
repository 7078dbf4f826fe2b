package dev.kizuna.cli.matchmaking;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.TextTable;
import dev.kizuna.cli.planning.FixInputs;
import dev.kizuna.matchmaking.MatchPair;
import dev.kizuna.matchmaking.Matchmaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/** {@code kizuna match DIR}: buyers with at-risk parts paired with sellers' offers, best first. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Pair buyers (primes with concern-exposed, single-source or concentrated parts) with sellers",
                "(offers.csv), scored on fit, risk reduction and feasibility (export control, lead time, readiness)."})
public final class MatchCommand extends DatasetCommand {
    @Option(names = "--hhi-threshold", defaultValue = "5000", paramLabel = "HHI",
            description = "Country HHI from which a part counts as concentrated (default: 5000)")
    double hhiThreshold;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Pairs in the text report (default: 20)")
    int top;

    /** JSON form. */
    public record MatchReport(int pairs, List<MatchPair> matches) {
    }

    @Override
    public Integer call() {
        LoadedDataset loaded = load();
        var offers = FixInputs.offers(datasetPath, loaded.dataset(), err());
        List<MatchPair> pairs = Matchmaker.match(loaded.dataset(), loaded.network(), offers, hhiThreshold);
        if (json()) {
            printJson(new MatchReport(pairs.size(), pairs));
            return ExitCodes.OK;
        }
        var out = out();
        out.println(pairs.size() + " buyer-seller pair(s) from " + offers.size() + " offer(s); score = fit x risk"
                + " reduction x feasibility");
        TextTable table = new TextTable("score", "buyer", "part", "risks", "seller", "country", "fit", "risk", "feas",
                "export").right(0, 6, 7, 8);
        pairs.stream().limit(top).forEach(p -> table.row(f(p.score()), p.buyer(), p.part(), String.join(",", p.risks()),
                p.seller(), p.sellerCountry(), f(p.fit()), f(p.riskReduction()), f(p.feasibility()), p.exportNote()));
        table.print(out, "  ");
        out.flush();
        return ExitCodes.OK;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
