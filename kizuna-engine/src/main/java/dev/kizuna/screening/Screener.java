package dev.kizuna.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screens organizations against a list: each organization's name and aliases against each entry's
 * name and alternate names ({@link NameSimilarity}), then down ownership chains, so that a
 * subsidiary of a listed parent is reported with the chain that links it.
 *
 * <p>An organization gets at most one direct hit per list entry (its best name pair). Hits are sorted
 * by organization, then band (exact first), then score descending, then list line.
 */
public final class Screener {
    private final ScreeningThresholds thresholds;

    public Screener(ScreeningThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<ScreeningHit> screen(List<ScreeningParty> parties, List<ScreeningEntry> entries) {
        List<List<List<String>>> entryNames = entries.stream()
                .map(e -> listedNames(e).stream().map(NameNormalizer::tokens).toList()).toList();
        Map<String, List<ScreeningHit>> direct = new HashMap<>();
        for (ScreeningParty party : parties) {
            List<ScreeningHit> hits = new ArrayList<>();
            List<String> ourNames = new ArrayList<>();
            ourNames.add(party.name());
            ourNames.addAll(party.aliases());
            List<List<String>> ourTokens = ourNames.stream().map(NameNormalizer::tokens).toList();
            for (int e = 0; e < entries.size(); e++) {
                ScreeningEntry entry = entries.get(e);
                List<String> listedNames = listedNames(entry);
                double best = 0;
                String bestOurs = null;
                String bestListed = null;
                for (int o = 0; o < ourNames.size(); o++) {
                    String ours = ourNames.get(o);
                    for (int k = 0; k < listedNames.size(); k++) {
                        double score = NameSimilarity.scoreNormalized(ourTokens.get(o), entryNames.get(e).get(k));
                        if (score > best) {
                            best = score;
                            bestOurs = ours;
                            bestListed = listedNames.get(k);
                        }
                    }
                }
                MatchBand band = thresholds.band(best);
                if (band != null) {
                    hits.add(new ScreeningHit(party.id(), party.name(), List.of(party.id()), bestOurs, entry.source(),
                            entry.entityNumber(), entry.line(), bestListed, entry.type(), entry.programs(), best,
                            band.key(), false));
                }
            }
            direct.put(party.id(), hits);
        }
        Map<String, ScreeningParty> byId = new HashMap<>();
        parties.forEach(p -> byId.put(p.id(), p));
        List<ScreeningHit> all = new ArrayList<>();
        for (ScreeningParty party : parties) {
            all.addAll(direct.get(party.id()));
            List<String> chain = new ArrayList<>(List.of(party.id()));
            Set<String> seen = new HashSet<>(chain);
            String parent = party.parentId();
            while (parent != null && seen.add(parent) && byId.containsKey(parent)) {
                chain.add(parent);
                for (ScreeningHit hit : direct.get(parent)) {
                    all.add(new ScreeningHit(party.id(), party.name(), chain, hit.ourName(), hit.listSource(),
                            hit.entityNumber(), hit.listLine(), hit.listedName(), hit.listedType(), hit.programs(),
                            hit.score(), hit.band(), true));
                }
                parent = byId.get(parent).parentId();
            }
        }
        all.sort(Comparator.comparing(ScreeningHit::organization)
                .thenComparing(h -> MatchBand.valueOf(h.band().toUpperCase(java.util.Locale.ROOT)))
                .thenComparing(Comparator.comparingDouble(ScreeningHit::score).reversed())
                .thenComparingInt(h -> h.chain().size())
                .thenComparingInt(ScreeningHit::listLine));
        return all;
    }

    private static List<String> listedNames(ScreeningEntry entry) {
        List<String> names = new ArrayList<>();
        names.add(entry.name());
        names.addAll(entry.altNames());
        return names;
    }
}
