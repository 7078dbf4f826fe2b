package dev.kizuna.planning;

import dev.kizuna.assessment.Assessment;
import dev.kizuna.assessment.AssessmentReport;
import dev.kizuna.compliance.ComplianceCheck;
import dev.kizuna.compliance.Rule;
import dev.kizuna.compliance.Violation;
import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.stress.StressScenario;
import dev.kizuna.stress.StressTest;
import dev.kizuna.content.ClassShares;
import dev.kizuna.content.FleetOrigin;
import dev.kizuna.exposure.Reachability;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.sourcing.Offer;
import dev.kizuna.sourcing.SourcingChanges;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chooses which offers to qualify and how to re-split volume so that the targets hold
 * ({@link SourcingModel}), applies the plan to the dataset, and measures before and after with the
 * real analyses. When the targets cannot all hold, it finds an irreducible conflicting subset with a
 * deletion filter: drop each target in turn and keep it dropped if the rest is still infeasible.
 */
public final class SourcingPlanner {
    private SourcingPlanner() {
    }

    /** The plan, plus the changed dataset (null when infeasible) for callers that go on with it. */
    public record Result(PlanReport report, Dataset after) {
    }

    public static Result plan(Dataset dataset, List<Offer> offers, PlanTargets spec) {
        return plan(dataset, offers, spec, PlanWeights.DEFAULT);
    }

    public static Result plan(Dataset dataset, List<Offer> offers, PlanTargets spec, PlanWeights weights) {
        PlanningInstance in = new PlanningInstance(dataset, offers, spec.contentBasis());
        ComplianceCheck compliance = new ComplianceCheck(in.augmented, in.network);
        Map<String, int[]> ruleZeros = new HashMap<>();
        List<Target> targets = targets(in, spec, compliance, ruleZeros);
        List<String> notes = new ArrayList<>();
        notes.add("content is linearised around the current shares (docs/planning.md); 'after' is re-computed");
        Survival survival = survival(in, spec, dataset, targets, notes);
        Metrics beforeMetrics = metrics(dataset, spec, survival.before);
        Map<String, List<int[]>> cuts = survival.cuts();
        SourcingModel.Solution plan;
        Map<PartId, Map<SiteId, Double>> shares;
        Dataset after;
        Map<String, ScenarioOutcome> afterStress = Map.of();
        int rounds = 0;
        while (true) {
            rounds++;
            Optional<SourcingModel.Solution> solution = SourcingModel.solve(in, targets, ruleZeros, cuts,
                    spec.minVolumeShare(), true, weights);
            if (solution.isEmpty() && survival.relaxUnproven()) {
                continue;
            }
            if (solution.isEmpty()) {
                PlanReport.Conflicts conflicts = conflicts(in, targets, ruleZeros, cuts, spec, survival, dataset);
                List<PlanReport.TargetStatus> statuses = targets.stream()
                        .map(t -> new PlanReport.TargetStatus(t.id(), t.description(), metOn(t, dataset, beforeMetrics, spec, 0, 0), null))
                        .toList();
                if (!survival.needs.isEmpty() && rounds > 1) {
                    notes.add("the TTS targets' requirements grew over " + rounds + " plan-and-verify round(s)"
                            + " before the targets conflicted");
                }
                return new Result(new PlanReport("infeasible", spec.contentBasis().key(), statuses, List.of(),
                        new PlanReport.Totals(0, 0, 0, 0), beforeMetrics.report, null,
                        survivalChecks(survival, Map.of()), conflicts, notes), null);
            }
            plan = solution.get();
            shares = shares(in, plan);
            after = SourcingChanges.apply(dataset, shares, in.offerBySource);
            if (survival.needs.isEmpty()) {
                break;
            }
            // verify with the real stress LP on the changed dataset, never with the model's view
            afterStress = SurvivalAnalysis.run(after, survival.scenarios);
            boolean added = false;
            if (rounds < MAX_ROUNDS) {
                SupplyNetwork afterNetwork = NetworkCompiler.compile(after);
                SourcingModel.Solution current = plan;
                for (SurvivalAnalysis.Needs need : survival.needs) {
                    ScenarioOutcome outcome = afterStress.get(SurvivalAnalysis.key(need.scenario().eventKeys()));
                    if (SurvivalAnalysis.meets(outcome) || !cuts.containsKey(need.target().id())) {
                        continue;
                    }
                    // any subset of the plan's qualified sources fails E too (the LP is monotone in
                    // them): a valid requirement is one more relevant option; a sharper, unproven one
                    // is one more option of the parts where E gives out (replaced by the valid one
                    // if it ever makes the model infeasible)
                    int[] valid = java.util.Arrays.stream(need.relevantOptions()).filter(n -> current.share()[n] <= 0).toArray();
                    int[] sharp = SurvivalAnalysis.targetedOptions(in, need, outcome, afterNetwork, current.share());
                    if (valid.length > 0) {
                        survival.addCut(need.target().id(), sharp.length > 0 ? sharp : valid, sharp.length > 0 ? valid : null);
                        added = true;
                    }
                }
            }
            if (!added) {
                break;
            }
        }
        Metrics afterMetrics = metrics(after, spec, afterStress);
        List<PlanReport.PartAction> actions = actions(in, plan, shares, after);
        double cost = actions.stream().mapToDouble(PlanReport.PartAction::cost).sum();
        double weeks = actions.stream().mapToDouble(PlanReport.PartAction::weeks).max().orElse(0);
        int qualified = actions.stream().mapToInt(a -> a.qualify().size()).sum();
        List<PlanReport.TargetStatus> statuses = new ArrayList<>();
        for (Target t : targets) {
            boolean metAfter = metOn(t, after, afterMetrics, spec, cost, weeks);
            statuses.add(new PlanReport.TargetStatus(t.id(), t.description(),
                    metOn(t, dataset, beforeMetrics, spec, 0, 0), metAfter));
            if (!metAfter && t instanceof Target.Survival s) {
                ScenarioOutcome outcome = afterStress.get(SurvivalAnalysis.key(s.events()));
                double stock = SurvivalAnalysis.stockAlternative(after, outcome);
                notes.add(t.id() + " is not met after " + rounds + " plan-and-verify round(s): TTS "
                        + Plans.number(outcome.ttsWeeks()) + " < TTR " + Plans.number(s.ttrWeeks()) + " weeks with this"
                        + " plan; no further requirement could be derived within " + MAX_ROUNDS + " rounds"
                        + (Double.isNaN(stock) ? "" : "; extra pooled stock with a yearly holding cost of "
                        + Plans.money(stock) + " would cover it (kizuna stockpile)"));
            } else if (!metAfter) {
                notes.add(t.id() + " is met by the linearised model but not by the re-computed content: the"
                        + " re-split parts lie on one path; tighten the target slightly and plan again");
            }
        }
        if (!survival.needs.isEmpty()) {
            notes.add("TTS targets: " + rounds + " plan-and-verify round(s); TTS after is the stress LP's on the changed"
                    + " dataset");
        }
        String status = actions.isEmpty() ? "unchanged" : "planned";
        return new Result(new PlanReport(status, spec.contentBasis().key(), statuses, actions,
                new PlanReport.Totals(cost, weeks, qualified, actions.size()), beforeMetrics.report,
                afterMetrics.report, survivalChecks(survival, afterStress), null, notes), after);
    }

    /** Plan-and-verify rounds for TTS targets (the first solve included). */
    static final int MAX_ROUNDS = 8;

    private static Map<PartId, Map<SiteId, Double>> shares(PlanningInstance in, SourcingModel.Solution plan) {
        Map<PartId, Map<SiteId, Double>> shares = new TreeMap<>();
        for (int p : in.scopedParts) {
            boolean changed = false;
            Map<SiteId, Double> split = new TreeMap<>();
            for (int n : in.options(p)) {
                double before = in.network.isQualified(n) ? in.network.sourceShare(n) : 0;
                changed |= Math.abs(plan.share()[n] - before) > 1e-7;
                if (plan.share()[n] > 0) {
                    split.put(in.network.siteId(in.network.sourceSite(n)), plan.share()[n]);
                }
            }
            if (changed && !split.isEmpty()) {
                shares.put(in.partId(p), split);
            }
        }
        return shares;
    }

    // ---- TTS targets ----

    /** The TTS targets' scenarios, their stress outcomes now, what each needs, and the MIP's requirements. */
    private record Survival(List<StressScenario> scenarios, Map<String, ScenarioOutcome> before,
                            List<SurvivalAnalysis.Needs> needs, Map<String, List<int[]>> cuts,
                            Map<int[], int[]> fallbacks) {
        /** A requirement "one of these options carries volume"; an unproven one has its valid fallback. */
        void addCut(String target, int[] options, int[] fallback) {
            cuts.computeIfAbsent(target, k -> new ArrayList<>()).add(options);
            if (fallback != null) {
                fallbacks.put(options, fallback);
            }
        }

        /** Replaces every unproven requirement by its valid fallback; false when there was none. */
        boolean relaxUnproven() {
            if (fallbacks.isEmpty()) {
                return false;
            }
            for (List<int[]> list : cuts.values()) {
                list.replaceAll(options -> fallbacks.getOrDefault(options, options));
            }
            fallbacks.clear();
            return true;
        }
    }

    private static Survival survival(PlanningInstance in, PlanTargets spec, Dataset dataset, List<Target> targets,
                                     List<String> notes) {
        Map<String, List<int[]>> cuts = new HashMap<>();
        if (!spec.hasSurvivalTargets()) {
            return new Survival(List.of(), Map.of(), List.of(), cuts, new java.util.IdentityHashMap<>());
        }
        SupplyNetwork network = NetworkCompiler.compile(dataset);
        Map<String, StressScenario> scenarios = new TreeMap<>();
        for (List<DisruptionEvent> events : spec.survivalScenarios()) {
            StressScenario scenario = StressTest.scenario(network, events, spec.survivalTtrWeeks());
            if (!scenario.hasTtr()) {
                throw new IllegalArgumentException("tts target " + SurvivalAnalysis.key(scenario.eventKeys())
                        + ": no time to recover is known for these events; give one");
            }
            scenarios.put(SurvivalAnalysis.key(scenario.eventKeys()), scenario);
        }
        java.util.Set<String> explicit = java.util.Set.copyOf(scenarios.keySet());
        Map<String, ScenarioOutcome> before = new TreeMap<>(SurvivalAnalysis.run(network, List.copyOf(scenarios.values())));
        if (spec.survivalAll()) {
            List<StressScenario> sweep = StressTest.defaultScenarios(network, spec.survivalTtrWeeks());
            Map<String, ScenarioOutcome> swept = SurvivalAnalysis.run(network, sweep);
            int added = 0;
            for (StressScenario scenario : sweep) {
                String key = SurvivalAnalysis.key(scenario.eventKeys());
                ScenarioOutcome outcome = swept.get(key);
                if (scenario.hasTtr() && !SurvivalAnalysis.meets(outcome) && !scenarios.containsKey(key)) {
                    scenarios.put(key, scenario);
                    before.put(key, outcome);
                    added++;
                }
            }
            notes.add("tts:all: " + added + " of the default sweep's " + sweep.size() + " scenario(s) have TTS < TTR now");
        }
        List<SurvivalAnalysis.Needs> needs = new ArrayList<>();
        List<Target> survivalTargets = new ArrayList<>();
        int beyond = 0;
        for (var entry : scenarios.entrySet()) {
            ScenarioOutcome outcome = before.get(entry.getKey());
            Target.Survival target = new Target.Survival(entry.getValue().eventKeys(), entry.getValue().ttrWeeks(),
                    outcome.ttsWeeks());
            SurvivalAnalysis.Needs need = SurvivalAnalysis.analyse(in, target, entry.getValue());
            needs.add(need);
            if (!need.possible() && !explicit.contains(entry.getKey())) {
                // tts:all asks for what sourcing can do; a scenario no offer can fix is reported, not a
                // target that would make every plan infeasible
                beyond++;
                continue;
            }
            survivalTargets.add(target);
            List<int[]> requirements = new ArrayList<>();
            if (!need.possible()) {
                requirements.add(new int[0]); // no option set can meet it: the target is infeasible
            } else {
                requirements.addAll(need.necessaryOptions());
            }
            cuts.put(target.id(), requirements);
        }
        if (beyond > 0) {
            notes.add("tts:all: " + beyond + " scenario(s) cannot reach TTS >= TTR whatever offers are qualified"
                    + " (best case short in the survival table); they are reported but not targets: stock"
                    + " (kizuna stockpile) or new offers are needed for them");
        }
        // after the rules, before time and budget: the order of the conflict filter
        int at = 0;
        while (at < targets.size() && !(targets.get(at) instanceof Target.ByWeeks || targets.get(at) instanceof Target.Budget)) {
            at++;
        }
        targets.addAll(at, survivalTargets);
        return new Survival(List.copyOf(scenarios.values()), before, needs, cuts, new java.util.IdentityHashMap<>());
    }

    private static List<PlanReport.SurvivalCheck> survivalChecks(Survival survival, Map<String, ScenarioOutcome> after) {
        List<PlanReport.SurvivalCheck> checks = new ArrayList<>();
        for (SurvivalAnalysis.Needs need : survival.needs) {
            String key = SurvivalAnalysis.key(need.scenario().eventKeys());
            ScenarioOutcome before = survival.before.get(key);
            ScenarioOutcome now = after.get(key);
            checks.add(new PlanReport.SurvivalCheck(need.target().id(), need.scenario().eventKeys(),
                    need.scenario().ttrWeeks(), before.ttsWeeks(), before.ttsCapped(), SurvivalAnalysis.meets(before),
                    now == null ? null : now.ttsWeeks(), now == null ? null : now.ttsCapped(),
                    now == null ? null : SurvivalAnalysis.meets(now), need.possible(), need.bestTtsWeeks(),
                    need.necessaryParts()));
        }
        return checks;
    }

    // ---- targets ----

    private static List<Target> targets(PlanningInstance in, PlanTargets spec, ComplianceCheck compliance,
                                        Map<String, int[]> ruleZeros) {
        var network = in.network;
        String basis = spec.contentBasis().key();
        List<Target> targets = new ArrayList<>();
        if (Double.isFinite(spec.contentShare())) {
            for (int y = 0; y < network.systemCount(); y++) {
                String id = network.systemKey(y);
                if (spec.contentSystems().isEmpty() || spec.contentSystems().contains(id)) {
                    targets.add(new Target.Content(id, spec.contentShare(), basis));
                }
            }
        }
        if (spec.keepContent()) {
            for (int y = 0; y < network.systemCount(); y++) {
                double value = PlanningInstance.total(in.systemContent[y]);
                if (value > 0) {
                    targets.add(new Target.KeepContent(network.systemKey(y),
                            PlanningInstance.homeAlly(in.systemContent[y]) / value, basis));
                }
            }
        }
        if (!spec.singleSourceCategories().isEmpty()) {
            boolean all = spec.singleSourceCategories().contains("*");
            for (int p : in.scopedParts) {
                String category = network.partCategory(p);
                boolean top = false;
                for (int y = 0; y < network.systemCount(); y++) {
                    top |= network.systemTopPart(y) == p;
                }
                if (!top && (all || spec.singleSourceCategories().contains(category))) {
                    targets.add(new Target.SingleSource(network.partKey(p), category, spec.minVolumeShare()));
                }
            }
        }
        if (spec.rules() != null) {
            for (Rule rule : spec.rules().rules()) {
                if (!rule.inForceOn(spec.rulesDate())) {
                    continue;
                }
                int[] zeros = prohibitedOptions(in, compliance, rule, spec);
                boolean binds = false;
                for (int y = 0; y < network.systemCount(); y++) {
                    binds |= compliance.binds(rule, y);
                }
                if (binds) {
                    Target t = new Target.RuleCompliance(rule.id(), spec.rulesDate().toString(), rule.title());
                    ruleZeros.put(t.id(), zeros);
                    targets.add(t);
                }
            }
        }
        if (Double.isFinite(spec.byWeeks())) {
            targets.add(new Target.ByWeeks(spec.byWeeks()));
        }
        if (Double.isFinite(spec.budget())) {
            targets.add(new Target.Budget(spec.budget()));
        }
        return targets;
    }

    /**
     * Options (qualified or candidate sources) the rule prohibits for a system it binds, among the
     * parts that system reaches; plus the sources of a parent whose approved vendor list for a covered
     * child holds only prohibited sources (zero shares there would fall back to an equal split).
     */
    private static int[] prohibitedOptions(PlanningInstance in, ComplianceCheck compliance, Rule rule, PlanTargets spec) {
        var network = in.network;
        TreeSet<Integer> zeros = new TreeSet<>();
        Reachability reachability = new Reachability(network);
        for (int y = 0; y < network.systemCount(); y++) {
            if (!compliance.binds(rule, y)) {
                continue;
            }
            for (int p : in.reachablePartsBySystem.get(y)) {
                for (int n : in.options(p)) {
                    if (!compliance.findings(rule, y, p, network.sourceSite(n), spec.rulesDate()).isEmpty()) {
                        zeros.add(n);
                    }
                }
            }
            reachability.explore(y);
            for (int pair : reachability.reachablePairs()) {
                for (int b = network.billStart(pair); b < network.billEnd(pair); b++) {
                    int row = network.billRow(b);
                    int from = network.approvedStart(row);
                    int to = network.approvedEnd(row);
                    if (in.isUnrestricted(row) || from == to) {
                        continue;
                    }
                    boolean allProhibited = true;
                    for (int a = from; a < to && allProhibited; a++) {
                        int source = network.approvedSource(a);
                        allProhibited = !compliance.findings(rule, y, network.sourcePart(source),
                                network.sourceSite(source), spec.rulesDate()).isEmpty();
                    }
                    if (allProhibited) {
                        zeros.add(pair);
                    }
                }
            }
        }
        return zeros.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- conflicts ----

    private static PlanReport.Conflicts conflicts(PlanningInstance in, List<Target> targets, Map<String, int[]> ruleZeros,
                                                  Map<String, List<int[]>> cuts, PlanTargets spec, Survival survival,
                                                  Dataset dataset) {
        List<Target> kept = new ArrayList<>(targets);
        for (Target target : targets) {
            List<Target> without = new ArrayList<>(kept);
            without.remove(target);
            if (SourcingModel.solve(in, without, ruleZeros, cuts, spec.minVolumeShare(), false, PlanWeights.DEFAULT).isEmpty()) {
                kept = without;
            }
        }
        List<String> explanation = new ArrayList<>();
        if (kept.size() == 1) {
            explanation.add(kept.get(0).id() + " cannot be met on its own: no offer, share or qualification"
                    + " within the data satisfies it (check the offers for its parts and their capacities)");
            if (kept.get(0) instanceof Target.RuleCompliance rule) {
                blockingParts(in, rule, ruleZeros, cuts, spec).forEach(part -> explanation.add("  " + part));
            }
        } else {
            explanation.add("these " + kept.size() + " targets cannot all hold; each can be met once one of the"
                    + " others is dropped:");
            for (Target target : kept) {
                explanation.add(target.id() + ": " + target.description());
            }
            for (Target target : kept) {
                // all the targets but this one: a plan the user could actually take, or a sign that
                // another conflict remains
                List<Target> rest = new ArrayList<>(targets);
                rest.remove(target);
                Optional<SourcingModel.Solution> without = SourcingModel.solve(in, rest, ruleZeros, cuts,
                        spec.minVolumeShare(), true, PlanWeights.DEFAULT);
                explanation.add("without " + target.id() + ": " + without.map(s -> "feasible, qualifying "
                        + chosen(in, s)).orElse("still infeasible (another conflict remains among the other targets)"));
            }
            if (kept.stream().anyMatch(t -> t instanceof Target.Survival)) {
                explanation.add("(a TTS target counts here with the requirements derived for it so far; a plan"
                        + " without the other target is verified with the stress LP only by running it)");
            }
        }
        for (Target target : kept) {
            if (target instanceof Target.Survival t) {
                survivalExplanation(in, t, survival, dataset).forEach(line -> explanation.add("  " + line));
            }
        }
        return new PlanReport.Conflicts(kept.stream().map(Target::id).toList(), explanation);
    }

    /** Why a TTS target is hard: what even the best case gives, the parts it needs, the stock alternative. */
    private static List<String> survivalExplanation(PlanningInstance in, Target.Survival target, Survival survival,
                                                    Dataset dataset) {
        List<String> lines = new ArrayList<>();
        for (SurvivalAnalysis.Needs need : survival.needs) {
            if (!need.target().id().equals(target.id())) {
                continue;
            }
            if (!need.possible()) {
                lines.add(target.id() + ": even with every offer at a site the events leave up qualified, the time to"
                        + " survive would be " + Plans.number(need.bestTtsWeeks()) + " weeks, below the TTR of "
                        + Plans.number(target.ttrWeeks()));
            }
            for (int i = 0; i < need.necessaryParts().size(); i++) {
                int[] options = need.necessaryOptions().get(i);
                List<String> sites = new ArrayList<>();
                for (int n : options) {
                    String site = in.network.siteKey(in.network.sourceSite(n));
                    Optional<Candidate> offer = in.candidates.stream().filter(c -> c.source() == n).findFirst();
                    sites.add(offer.map(c -> c.offer().id() + " @ " + site + " (cost " + Plans.money(c.cost()) + ")")
                            .orElse(site + " (qualified now)"));
                }
                lines.add(target.id() + " needs " + need.necessaryParts().get(i) + " from a site the events leave up,"
                        + " i.e. one of " + sites);
            }
            double stock = SurvivalAnalysis.stockAlternative(dataset,
                    survival.before.get(SurvivalAnalysis.key(need.scenario().eventKeys())));
            if (!Double.isNaN(stock)) {
                lines.add(target.id() + ": alternatively, extra pooled stock with a yearly holding cost of "
                        + Plans.money(stock) + " would cover it on the dataset as it is (kizuna stockpile)");
            }
        }
        return lines;
    }

    /**
     * The parts that alone make a rule target infeasible: the rule's prohibitions restricted to one
     * part at a time, with what keeps that part from complying.
     */
    private static List<String> blockingParts(PlanningInstance in, Target.RuleCompliance rule,
                                              Map<String, int[]> ruleZeros, Map<String, List<int[]>> cuts,
                                              PlanTargets spec) {
        var network = in.network;
        TreeMap<Integer, List<Integer>> byPart = new TreeMap<>();
        for (int n : ruleZeros.getOrDefault(rule.id(), new int[0])) {
            byPart.computeIfAbsent(network.sourcePart(n), p -> new ArrayList<>()).add(n);
        }
        List<String> lines = new ArrayList<>();
        for (var entry : byPart.entrySet()) {
            int[] zeros = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            Map<String, int[]> one = Map.of(rule.id(), zeros);
            if (SourcingModel.solve(in, List.of(rule), one, cuts, spec.minVolumeShare(), false, PlanWeights.DEFAULT).isPresent()) {
                continue;
            }
            int p = entry.getKey();
            List<String> allowed = new ArrayList<>();
            double capacity = 0;
            boolean unlimited = false;
            for (int n : in.options(p)) {
                if (entry.getValue().contains(n)) {
                    continue;
                }
                double cap = network.sourceCapacityPerWeek(n);
                unlimited |= Double.isNaN(cap);
                capacity += Double.isNaN(cap) ? 0 : cap;
                allowed.add(network.siteKey(network.sourceSite(n)));
            }
            lines.add(network.partKey(p) + ": " + (allowed.isEmpty() ? "no allowed source or offer"
                    : "allowed sources and offers " + allowed + " can make " + (unlimited ? "enough" : Plans.number(capacity))
                    + " per week of the " + Plans.number(in.partDemand[p]) + " needed"));
        }
        return lines;
    }

    private static String chosen(PlanningInstance in, SourcingModel.Solution solution) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < solution.chosen().length; i++) {
            if (solution.chosen()[i]) {
                ids.add(in.candidates.get(i).id());
            }
        }
        return ids.isEmpty() ? "nothing (a re-split suffices)" : String.join(", ", ids) + " (cost "
                + Plans.money(solution.cost()) + ")";
    }

    // ---- metrics ----

    /** Metrics plus what target checks need. */
    private record Metrics(PlanReport.Metrics report, Map<String, Double> homeAlly, List<Violation> violations,
                           SupplyNetwork network, Map<String, ScenarioOutcome> stress) {
    }

    private static Metrics metrics(Dataset dataset, PlanTargets spec, Map<String, ScenarioOutcome> stress) {
        SupplyNetwork network = NetworkCompiler.compile(dataset);
        AssessmentReport report = Assessment.assess(network, dataset.fleet(), Basis.LOCATION).report();
        List<Violation> violations = spec.rules() == null ? List.of()
                : new ComplianceCheck(dataset, network).violations(spec.rules().rules(), spec.rulesDate());
        Map<String, Double> homeAlly = new LinkedHashMap<>();
        List<PlanReport.SystemMetrics> systems = new ArrayList<>();
        double[] weight = new double[network.systemCount()];
        double units = 0;
        for (var holding : dataset.fleet()) {
            weight[network.getSystem(holding.systemId())] += holding.units();
            units += holding.units();
        }
        double fleet = 0;
        for (AssessmentReport.SystemAssessment system : report.systems()) {
            ClassShares content = spec.contentBasis() == Basis.LOCATION ? system.content().location()
                    : system.content().control();
            double share = content.home() + content.ally();
            homeAlly.put(system.id(), share);
            int y = network.getSystem(new dev.kizuna.supply.model.SystemId(system.id()));
            fleet += share * (units > 0 ? weight[y] / units : 1.0 / network.systemCount());
            int singles = (int) report.singleSourceParts().stream().filter(s -> s.systems().contains(system.id())).count();
            Integer count = spec.rules() == null ? null
                    : (int) violations.stream().filter(v -> v.system().equals(system.id())).count();
            systems.add(new PlanReport.SystemMetrics(system.id(), share, content,
                    (int) system.concernExposures().stream().map(e -> e.part() + "@" + e.site()).distinct().count(),
                    singles, count));
        }
        ClassShares origin = FleetOrigin.of(network, dataset.fleet(), spec.contentBasis()).origin();
        int exposures = systems.stream().mapToInt(PlanReport.SystemMetrics::concernExposures).sum();
        return new Metrics(new PlanReport.Metrics(systems, fleet, origin, report.singleSourceParts().size(), exposures,
                spec.rules() == null ? null : violations.size()), homeAlly, violations, network, stress);
    }

    private static boolean metOn(Target target, Dataset dataset, Metrics metrics, PlanTargets spec, double cost,
                                 double weeks) {
        return switch (target) {
            case Target.Budget b -> cost <= b.amount() + 1e-9;
            case Target.ByWeeks t -> weeks <= t.weeks() + 1e-9;
            case Target.Content t -> metrics.homeAlly().getOrDefault(t.system(), 0.0) >= t.share() - 1e-6;
            case Target.KeepContent t -> metrics.homeAlly().getOrDefault(t.system(), 0.0) >= t.share() - 1e-6;
            case Target.SingleSource t -> volumeSources(metrics.network(), t.part(), spec.minVolumeShare()) >= 2;
            case Target.RuleCompliance t -> metrics.violations().stream().noneMatch(v -> t.id().equals("rule:" + v.rule()));
            case Target.Survival t -> {
                ScenarioOutcome outcome = metrics.stress().get(SurvivalAnalysis.key(t.events()));
                yield outcome != null && SurvivalAnalysis.meets(outcome);
            }
        };
    }

    private static int volumeSources(SupplyNetwork network, String part, double minShare) {
        int p = network.getPart(new PartId(part));
        int count = 0;
        for (int n = network.sourceStart(p); n < network.qualifiedSourceEnd(p); n++) {
            count += network.sourceShare(n) >= minShare - 1e-9 ? 1 : 0;
        }
        return count;
    }

    // ---- actions ----

    private static List<PlanReport.PartAction> actions(PlanningInstance in, SourcingModel.Solution plan,
                                                       Map<PartId, Map<SiteId, Double>> shares, Dataset after) {
        var network = in.network;
        SupplyNetwork afterNetwork = NetworkCompiler.compile(after);
        SupplyNetwork beforeNetwork = NetworkCompiler.compile(in.base);
        List<PlanReport.PartAction> actions = new ArrayList<>();
        for (PartId partId : shares.keySet()) {
            int p = network.getPart(partId);
            List<PlanReport.Qualification> qualify = new ArrayList<>();
            double cost = 0;
            double weeks = 0;
            for (int i = 0; i < in.candidates.size(); i++) {
                Candidate c = in.candidates.get(i);
                if (c.part() == p && plan.chosen()[i]) {
                    int site = network.sourceSite(c.source());
                    qualify.add(new PlanReport.Qualification(c.id(), c.offer().id(), c.offer().organizationId().value(),
                            network.siteKey(site), network.countryKey(network.siteLocationCountry(site)), c.cost(), c.weeks()));
                    cost += c.cost();
                    weeks = Math.max(weeks, c.weeks());
                }
            }
            List<String> phaseOut = new ArrayList<>();
            List<PlanReport.ShareChange> changes = new ArrayList<>();
            double[] delta = new double[PlanningInstance.K];
            for (int n : in.options(p)) {
                double before = network.isQualified(n) ? network.sourceShare(n) : 0;
                double now = plan.share()[n];
                if (before == 0 && now == 0) {
                    continue;
                }
                int site = network.sourceSite(n);
                if (before > 0 && now == 0) {
                    phaseOut.add(network.siteKey(site));
                }
                changes.add(new PlanReport.ShareChange(network.siteKey(site),
                        network.countryKey(network.siteLocationCountry(site)),
                        network.siteClass(site, Basis.LOCATION).key(), round(before), round(now)));
                for (int k = 0; k < PlanningInstance.K; k++) {
                    delta[k] += (now - before) * in.sourceContent[n][k];
                }
            }
            if (network.isUnmapped(p)) {
                for (int k = 0; k < PlanningInstance.K; k++) {
                    delta[k] -= in.unmappedContent[p][k];
                }
            }
            List<PlanReport.ContentEffect> effects = new ArrayList<>();
            for (int y = 0; y < network.systemCount(); y++) {
                double value = PlanningInstance.total(in.systemContent[y]);
                double flow = in.flow[y][p];
                if (value <= 0 || flow <= 0) {
                    continue;
                }
                double a0 = PlanningInstance.homeAlly(in.systemContent[y]);
                double a1 = a0 + flow * PlanningInstance.homeAlly(delta);
                double v1 = value + flow * PlanningInstance.total(delta);
                double points = 100 * (a1 / v1 - a0 / value);
                if (Math.abs(points) > 1e-6) {
                    effects.add(new PlanReport.ContentEffect(network.systemKey(y), round(points)));
                }
            }
            int bp = beforeNetwork.getPart(partId);
            int ap = afterNetwork.getPart(partId);
            PlanReport.RiskEffect risk = new PlanReport.RiskEffect(beforeNetwork.qualifiedSourceCount(bp),
                    afterNetwork.qualifiedSourceCount(ap), round(concernShare(beforeNetwork, bp)),
                    round(concernShare(afterNetwork, ap)), hhi(beforeNetwork, bp), hhi(afterNetwork, ap));
            actions.add(new PlanReport.PartAction(partId.value(), network.partCategory(p), qualify, phaseOut, changes,
                    cost, weeks, risk, effects));
        }
        return actions;
    }

    private static double hhi(SupplyNetwork network, int part) {
        return network.isUnmapped(part) ? 0 : round(Assessment.countryHhi(network, part, Basis.LOCATION));
    }

    private static double concernShare(SupplyNetwork network, int part) {
        double share = 0;
        for (int n = network.sourceStart(part); n < network.qualifiedSourceEnd(part); n++) {
            int site = network.sourceSite(n);
            if (network.siteClass(site, Basis.LOCATION) == AlignmentClass.CONCERN
                    || network.siteClass(site, Basis.CONTROL) == AlignmentClass.CONCERN) {
                share += network.sourceShare(n);
            }
        }
        return share;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
