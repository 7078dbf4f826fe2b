package dev.kizuna.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fault tree's top event compiled into a BDD, with the quantities Kizuna reports: the exact
 * probability, importance measures and minimal cut sets.
 */
public final class FaultTreeBdd {
    private final FaultTree tree;
    private final Bdd bdd;
    private final List<String> variables;
    private final double[] probabilities;
    private final int root;

    private FaultTreeBdd(FaultTree tree, Bdd bdd, List<String> variables, int root) {
        this.tree = tree;
        this.bdd = bdd;
        this.variables = List.copyOf(variables);
        this.root = root;
        probabilities = new double[variables.size()];
        for (int v = 0; v < variables.size(); v++) {
            probabilities[v] = tree.basicEvents().get(variables.get(v)).probability();
        }
    }

    /** Compiles with the basic events ordered by first appearance in a depth-first walk from the top. */
    public static FaultTreeBdd compile(FaultTree tree) {
        return compile(tree, tree.eventsInDepthFirstOrder(), new Bdd());
    }

    /**
     * @param order the basic events, top variable first; it must hold every event the top gate reaches
     * @throws BddTooLargeException when the diagram outgrows the store's limit
     */
    public static FaultTreeBdd compile(FaultTree tree, List<String> order, Bdd bdd) {
        tree.check();
        Map<String, Integer> level = new HashMap<>();
        for (String event : order) {
            level.put(event, level.size());
        }
        Map<String, Integer> gateNodes = new HashMap<>();
        int root = new Compiler(tree, bdd, level, gateNodes).gate(tree.top());
        return new FaultTreeBdd(tree, bdd, order, root);
    }

    public FaultTree tree() {
        return tree;
    }

    public int nodeCount() {
        return bdd.nodeCount();
    }

    /** The exact probability of the top event, basic events independent. */
    public double probability() {
        return bdd.probability(root, probabilities);
    }

    /** The probability of the top event with one basic event's probability replaced. */
    public double probabilityGiven(String event, double probability) {
        int v = variables.indexOf(event);
        double[] p = probabilities.clone();
        p[v] = probability;
        return bdd.probability(root, p);
    }

    /** The basic events the top event really depends on, in variable order. */
    public List<String> support() {
        List<String> events = new ArrayList<>();
        for (int v : bdd.support(root)) {
            events.add(variables.get(v));
        }
        return events;
    }

    /**
     * Minimal cut sets (for a tree with {@code not}, the minimal sets of events whose occurrence alone
     * makes the top event occur), each sorted by name, sorted by size then name by name.
     */
    public List<List<String>> minimalCutSets(int maxOrder, int limit) {
        List<List<String>> sets = new ArrayList<>();
        for (int[] set : MinimalSolutions.of(bdd, root, maxOrder, limit)) {
            List<String> names = new ArrayList<>();
            for (int v : set) {
                names.add(variables.get(v));
            }
            names.sort(null);
            sets.add(List.copyOf(names));
        }
        sets.sort(CutSets.ORDER);
        return sets;
    }

    /** Whether the top event occurs when exactly the given basic events do. */
    public boolean occurs(java.util.Set<String> events) {
        return bdd.evaluate(root, v -> events.contains(variables.get(v)));
    }

    private record Compiler(FaultTree tree, Bdd bdd, Map<String, Integer> level, Map<String, Integer> gateNodes) {
        int gate(String name) {
            Integer node = gateNodes.get(name);
            if (node == null) {
                node = formula(tree.gates().get(name));
                gateNodes.put(name, node);
            }
            return node;
        }

        int formula(Formula formula) {
            return switch (formula) {
                case Formula.And f -> {
                    int acc = Bdd.TRUE;
                    for (Formula arg : f.args()) {
                        acc = bdd.and(acc, formula(arg));
                    }
                    yield acc;
                }
                case Formula.Or f -> {
                    int acc = Bdd.FALSE;
                    for (Formula arg : f.args()) {
                        acc = bdd.or(acc, formula(arg));
                    }
                    yield acc;
                }
                case Formula.AtLeast f -> atLeast(f);
                case Formula.Not f -> bdd.not(formula(f.arg()));
                case Formula.GateRef f -> gate(f.name());
                case Formula.EventRef f -> {
                    Integer v = level.get(f.name());
                    if (v == null) {
                        throw new IllegalArgumentException("the variable order misses basic event " + f.name());
                    }
                    yield bdd.variable(v);
                }
                case Formula.Constant f -> f.value() ? Bdd.TRUE : Bdd.FALSE;
            };
        }

        /** at least k of args[i..]: dynamic programming over (i, k). */
        private int atLeast(Formula.AtLeast f) {
            int n = f.args().size();
            int[] args = new int[n];
            for (int i = 0; i < n; i++) {
                args[i] = formula(f.args().get(i));
            }
            // next[k] = at least k of args[i+1..]
            int[] next = new int[f.min() + 1];
            next[0] = Bdd.TRUE;
            for (int k = 1; k <= f.min(); k++) {
                next[k] = Bdd.FALSE;
            }
            for (int i = n - 1; i >= 0; i--) {
                int[] current = new int[f.min() + 1];
                current[0] = Bdd.TRUE;
                for (int k = 1; k <= f.min(); k++) {
                    current[k] = bdd.ite(args[i], next[k - 1], next[k]);
                }
                next = current;
            }
            return next[f.min()];
        }
    }
}
