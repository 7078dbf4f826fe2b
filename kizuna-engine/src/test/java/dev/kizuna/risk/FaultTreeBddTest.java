package dev.kizuna.risk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FaultTreeBddTest {

    @Test
    void twoOutOfThreeByHand() {
        FaultTree tree = tree(Map.of("top", new Formula.AtLeast(2, List.of(ev("a"), ev("b"), ev("c")))),
                Map.of("a", 0.1, "b", 0.2, "c", 0.3));
        FaultTreeBdd bdd = FaultTreeBdd.compile(tree);
        double expected = 0.1 * 0.2 + 0.1 * 0.3 + 0.2 * 0.3 - 2 * 0.1 * 0.2 * 0.3;
        assertThat(bdd.probability()).isCloseTo(expected, within(1e-15));
        assertThat(bdd.minimalCutSets(4, 100)).containsExactly(List.of("a", "b"), List.of("a", "c"), List.of("b", "c"));
        assertThat(bdd.minimalCutSets(1, 100)).isEmpty();
    }

    @Test
    void cyclesAndDanglingReferencesAreNamed() {
        FaultTree cycle = tree(Map.of("top", new Formula.GateRef("g"), "g", new Formula.Or(List.of(new Formula.GateRef("top")))),
                Map.of());
        assertThatThrownBy(() -> FaultTreeBdd.compile(cycle)).hasMessageContaining("cycle").hasMessageContaining("top -> g -> top");
        FaultTree dangling = tree(Map.of("top", ev("nope")), Map.of());
        assertThatThrownBy(() -> FaultTreeBdd.compile(dangling)).hasMessageContaining("undefined basic event nope");
    }

    @Test
    void nodeLimitIsEnforced() {
        Map<String, Double> events = new LinkedHashMap<>();
        List<Formula> pairs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            events.put("x" + i, 0.5);
            events.put("y" + i, 0.5);
            pairs.add(new Formula.And(List.of(ev("x" + i), ev("y" + i))));
        }
        FaultTree tree = tree(Map.of("top", new Formula.Or(pairs)), events);
        // all x before all y: the classic exponential order
        List<String> bad = new ArrayList<>();
        events.keySet().stream().filter(e -> e.startsWith("x")).forEach(bad::add);
        events.keySet().stream().filter(e -> e.startsWith("y")).forEach(bad::add);
        assertThatThrownBy(() -> FaultTreeBdd.compile(tree, bad, new Bdd(10_000))).isInstanceOf(BddTooLargeException.class);
        assertThat(FaultTreeBdd.compile(tree).nodeCount()).isLessThan(1_000); // interleaved: linear
    }

    @Test
    void randomTreesMatchEnumeration() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(7);
            Map<String, Double> events = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                events.put("e" + i, random.nextInt(6) == 0 ? 0.0 : random.nextDouble());
            }
            Map<String, Formula> gates = new LinkedHashMap<>();
            int gateCount = 1 + random.nextInt(5);
            for (int g = gateCount - 1; g >= 0; g--) {
                gates.put("g" + g, randomFormula(random, n, g, gateCount, 2));
            }
            FaultTree tree = new FaultTree("t", "g0", gates, basic(events), Map.of());
            FaultTreeBdd bdd = FaultTreeBdd.compile(tree);
            List<String> names = new ArrayList<>(events.keySet());
            double expected = 0;
            List<Set<String>> truePoints = new ArrayList<>();
            for (int mask = 0; mask < (1 << n); mask++) {
                Set<String> on = new HashSet<>();
                double weight = 1;
                for (int i = 0; i < n; i++) {
                    boolean occurs = (mask & (1 << i)) != 0;
                    if (occurs) {
                        on.add(names.get(i));
                    }
                    weight *= occurs ? events.get(names.get(i)) : 1 - events.get(names.get(i));
                }
                if (evaluate(tree, new Formula.GateRef("g0"), on)) {
                    expected += weight;
                    truePoints.add(on);
                }
                assertThat(bdd.occurs(on)).as("seed " + seed + " " + on).isEqualTo(evaluate(tree, new Formula.GateRef("g0"), on));
            }
            assertThat(bdd.probability()).as("seed " + seed).isCloseTo(expected, within(1e-12));
            List<List<String>> minimal = new ArrayList<>();
            for (Set<String> point : truePoints) {
                if (truePoints.stream().noneMatch(other -> other.size() < point.size() && point.containsAll(other))) {
                    List<String> sorted = new ArrayList<>(point);
                    sorted.sort(null);
                    minimal.add(sorted);
                }
            }
            minimal.sort(CutSets.ORDER);
            assertThat(bdd.minimalCutSets(8, 10_000)).as("seed " + seed).isEqualTo(minimal);
        }
    }

    private static Formula randomFormula(Random random, int events, int gate, int gates, int depth) {
        int kind = depth == 0 ? 4 + random.nextInt(2) : random.nextInt(7);
        return switch (kind) {
            case 0, 1, 2 -> {
                List<Formula> args = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    args.add(randomFormula(random, events, gate, gates, depth - 1));
                }
                yield switch (kind) {
                    case 0 -> new Formula.And(args);
                    case 1 -> new Formula.Or(args);
                    default -> new Formula.AtLeast(1 + random.nextInt(args.size()), args);
                };
            }
            case 3 -> new Formula.Not(randomFormula(random, events, gate, gates, depth - 1));
            case 6 -> gate + 1 < gates ? new Formula.GateRef("g" + (gate + 1 + random.nextInt(gates - gate - 1)))
                    : new Formula.Constant(random.nextBoolean());
            default -> ev("e" + random.nextInt(events));
        };
    }

    private static boolean evaluate(FaultTree tree, Formula formula, Set<String> on) {
        return switch (formula) {
            case Formula.And f -> f.args().stream().allMatch(a -> evaluate(tree, a, on));
            case Formula.Or f -> f.args().stream().anyMatch(a -> evaluate(tree, a, on));
            case Formula.AtLeast f -> f.args().stream().filter(a -> evaluate(tree, a, on)).count() >= f.min();
            case Formula.Not f -> !evaluate(tree, f.arg(), on);
            case Formula.GateRef f -> evaluate(tree, tree.gates().get(f.name()), on);
            case Formula.EventRef f -> on.contains(f.name());
            case Formula.Constant f -> f.value();
        };
    }

    private static Formula ev(String name) {
        return new Formula.EventRef(name);
    }

    private static FaultTree tree(Map<String, Formula> gates, Map<String, Double> events) {
        return new FaultTree("t", "top", gates, basic(events), Map.of());
    }

    private static Map<String, FaultTree.BasicEvent> basic(Map<String, Double> events) {
        Map<String, FaultTree.BasicEvent> basic = new LinkedHashMap<>();
        events.forEach((name, p) -> basic.put(name, new FaultTree.BasicEvent(name, p)));
        return basic;
    }
}
