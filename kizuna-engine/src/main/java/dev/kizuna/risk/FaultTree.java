package dev.kizuna.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fault tree: named gates with formulas over gates and basic events, one top gate. Names are
 * free text here (e.g. {@code site:S1}); writers to a format with stricter identifiers escape them.
 *
 * @param gates       by name, in definition order (top-down for generated trees)
 * @param basicEvents by name, in definition order
 * @param labels      human-readable descriptions of gates and events, by name (may be missing)
 */
public record FaultTree(String name, String top, Map<String, Formula> gates, Map<String, BasicEvent> basicEvents,
                        Map<String, String> labels) {
    public FaultTree {
        gates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gates));
        basicEvents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(basicEvents));
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        if (!gates.containsKey(top)) {
            throw new IllegalArgumentException("fault tree " + name + ": top gate " + top + " is not defined");
        }
    }

    /** @param probability of occurrence over the mission time (a year for Kizuna's data), in [0, 1] */
    public record BasicEvent(String name, double probability) {
        public BasicEvent {
            if (!(probability >= 0.0 && probability <= 1.0)) {
                throw new IllegalArgumentException("basic event " + name + ": probability " + probability
                        + " is not in [0, 1]");
            }
        }
    }

    /**
     * Checks that every reference resolves and that no gate reaches itself.
     *
     * @throws IllegalArgumentException naming the first problem found
     */
    public void check() {
        Map<String, Integer> state = new HashMap<>();
        checkGate(top, state, new ArrayList<>());
    }

    private void checkGate(String gate, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(gate);
        if (s != null && s == 2) {
            return;
        }
        path.add(gate);
        if (s != null) {
            throw new IllegalArgumentException("gates form a cycle: "
                    + String.join(" -> ", path.subList(path.indexOf(gate), path.size())));
        }
        Formula formula = gates.get(gate);
        if (formula == null) {
            throw new IllegalArgumentException("gate " + path.get(path.size() - 2) + " refers to undefined gate " + gate);
        }
        state.put(gate, 1);
        checkFormula(gate, formula, state, path);
        state.put(gate, 2);
        path.remove(path.size() - 1);
    }

    private void checkFormula(String gate, Formula formula, Map<String, Integer> state, List<String> path) {
        switch (formula) {
            case Formula.And f -> f.args().forEach(a -> checkFormula(gate, a, state, path));
            case Formula.Or f -> f.args().forEach(a -> checkFormula(gate, a, state, path));
            case Formula.AtLeast f -> {
                if (f.min() < 1 || f.min() > f.args().size()) {
                    throw new IllegalArgumentException("gate " + gate + ": atleast min " + f.min()
                            + " must lie between 1 and its " + f.args().size() + " arguments");
                }
                f.args().forEach(a -> checkFormula(gate, a, state, path));
            }
            case Formula.Not f -> checkFormula(gate, f.arg(), state, path);
            case Formula.GateRef f -> checkGate(f.name(), state, path);
            case Formula.EventRef f -> {
                if (!basicEvents.containsKey(f.name())) {
                    throw new IllegalArgumentException("gate " + gate + " refers to undefined basic event " + f.name());
                }
            }
            case Formula.Constant f -> {
            }
        }
    }

    /** Basic events in order of first appearance in a depth-first walk from the top gate. */
    public List<String> eventsInDepthFirstOrder() {
        List<String> order = new ArrayList<>();
        java.util.Set<String> seenGates = new java.util.HashSet<>();
        java.util.Set<String> seenEvents = new java.util.HashSet<>();
        java.util.ArrayDeque<Formula> stack = new java.util.ArrayDeque<>();
        stack.push(new Formula.GateRef(top));
        while (!stack.isEmpty()) {
            Formula formula = stack.pop();
            List<Formula> args = switch (formula) {
                case Formula.And f -> f.args();
                case Formula.Or f -> f.args();
                case Formula.AtLeast f -> f.args();
                case Formula.Not f -> List.of(f.arg());
                case Formula.GateRef f -> seenGates.add(f.name()) ? List.of(gates.get(f.name())) : List.of();
                case Formula.EventRef f -> {
                    if (seenEvents.add(f.name())) {
                        order.add(f.name());
                    }
                    yield List.of();
                }
                case Formula.Constant f -> List.of();
            };
            for (int i = args.size() - 1; i >= 0; i--) {
                stack.push(args.get(i));
            }
        }
        return order;
    }
}
