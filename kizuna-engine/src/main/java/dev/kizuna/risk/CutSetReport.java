package dev.kizuna.risk;

import java.util.List;

/**
 * The {@code kizuna cutsets} result with exactly the keys of spec section 4: the minimal cut sets of
 * at most {@code maxOrder} events, each sorted, sorted by size then event by event.
 */
public record CutSetReport(String system, String basis, int maxOrder, List<List<String>> cutSets) {
    public CutSetReport {
        cutSets = cutSets.stream().map(List::copyOf).toList();
    }
}
