package dev.kizuna.risk;

import dev.kizuna.network.SupplyNetwork;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Exact unavailability and importance (spec 3.8) through a BDD of each system's fault tree
 * ({@link SystemFaultTree}). Basic events are the {@code site:ID} and {@code country:CC} events with
 * a probability above 0 on which the system's function depends; they are listed by Birnbaum
 * importance, largest first, ties by event key.
 */
public final class RiskAnalysis {
    private RiskAnalysis() {
    }

    /** @throws BddTooLargeException when a system's diagram outgrows the default node limit */
    public static RiskReport run(SupplyNetwork net) {
        List<SystemRisk> systems = new ArrayList<>();
        for (int y = 0; y < net.systemCount(); y++) {
            systems.add(system(net, y));
        }
        return new RiskReport(systems);
    }

    public static SystemRisk system(SupplyNetwork net, int y) {
        return assess(net.systemKey(y), compile(net, y));
    }

    /** The system's fault tree without impossible events, compiled with countries ordered first. */
    public static FaultTreeBdd compile(SupplyNetwork net, int y) {
        FaultTree tree = SystemFaultTree.build(net, y, false);
        return FaultTreeBdd.compile(tree, SystemFaultTree.variableOrder(tree), new Bdd());
    }

    /** Unavailability and importance of the basic events with probability above 0 that f depends on. */
    public static SystemRisk assess(String id, FaultTreeBdd bdd) {
        double p = bdd.probability();
        List<EventImportance> importance = new ArrayList<>();
        for (String event : bdd.support()) {
            if (bdd.tree().basicEvents().get(event).probability() <= 0) {
                continue;
            }
            double given = bdd.probabilityGiven(event, 1.0);
            double without = bdd.probabilityGiven(event, 0.0);
            importance.add(new EventImportance(event, given - without,
                    p > 0 ? 1.0 - without / p : null,
                    p > 0 ? given / p : null,
                    without > 0 ? p / without : null));
        }
        importance.sort(Comparator.comparingDouble(EventImportance::birnbaum).reversed()
                .thenComparing(EventImportance::event));
        return new SystemRisk(id, p, importance);
    }
}
