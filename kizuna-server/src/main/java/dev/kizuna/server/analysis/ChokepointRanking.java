package dev.kizuna.server.analysis;

import dev.kizuna.server.dataset.LoadedVersion;
import org.springframework.stereotype.Component;

import java.util.List;

/** The dashboard's top chokepoints: every site knocked out alone, ranked by weekly value at risk. */
@Component
public class ChokepointRanking {
    public record Ranking(List<Views.Chokepoint> chokepoints, List<String> notes) {
    }

    public Ranking rank(LoadedVersion version, int top) {
        return new Ranking(List.of(), List.of("chokepoint ranking needs the knock-out sweep engine"));
    }
}
