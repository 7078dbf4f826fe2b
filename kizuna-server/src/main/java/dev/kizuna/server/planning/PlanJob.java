package dev.kizuna.server.planning;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kizuna.compliance.ComplianceCheck;
import dev.kizuna.compliance.Rule;
import dev.kizuna.compliance.RulePack;
import dev.kizuna.planning.PlanTargets;
import dev.kizuna.planning.SourcingPlanner;
import dev.kizuna.server.analysis.AnalysisService;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.job.JobContext;
import dev.kizuna.server.job.JobRunner;
import dev.kizuna.supply.model.Basis;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sourcing plan (kizuna-planning, SCIP) as a job, with the parameters of {@code kizuna plan}:
 * {@code targets} (content=X, keep-content, single-source=CAT,..., rules; default keep-content and
 * rules), {@code budget}, {@code byWeeks}, {@code basis}, {@code systems}, {@code minShare}, {@code on}.
 * The rule pack is the version's own {@code rules/}.
 */
@Component
public class PlanJob implements JobRunner {
    private final PlanningInputs inputs;

    public PlanJob(PlanningInputs inputs) {
        this.inputs = inputs;
    }

    @Override
    public String kind() {
        return "plan";
    }

    @Override
    public void validate(LoadedVersion version, JsonNode parameters) {
        targets(version, parameters);
    }

    @Override
    public Object run(LoadedVersion version, JsonNode parameters, JobContext context) {
        PlanTargets targets = targets(version, parameters);
        context.progress(0, 1);
        SourcingPlanner.Result result = SourcingPlanner.plan(version.dataset(), inputs.of(version).offers(), targets);
        context.checkCancelled();
        context.progress(1, 1);
        return result.report();
    }

    PlanTargets targets(LoadedVersion version, JsonNode p) {
        List<String> asked = new ArrayList<>();
        p.path("targets").forEach(t -> asked.add(t.asText().strip()));
        boolean defaults = asked.isEmpty();
        if (defaults) {
            asked.addAll(List.of("keep-content", "rules"));
        }
        double content = Double.NaN;
        boolean keep = false;
        boolean withRules = false;
        Set<String> singleSource = new TreeSet<>();
        for (String t : asked) {
            if (t.equals("keep-content")) {
                keep = true;
            } else if (t.equals("rules")) {
                withRules = true;
            } else if (t.startsWith("content=")) {
                content = share(t.substring("content=".length()));
            } else if (t.startsWith("single-source=")) {
                for (String category : t.substring("single-source=".length()).split(",")) {
                    if (!category.isBlank()) {
                        singleSource.add(category.strip());
                    }
                }
            } else {
                throw new IllegalArgumentException("unknown target '" + t + "' (content=X, keep-content, "
                        + "single-source=CAT,..., rules)");
            }
        }
        RulePack pack = null;
        LocalDate date = null;
        if (withRules) {
            pack = inputs.of(version).rules().orElse(null);
            if (pack == null && !defaults) {
                throw new IllegalArgumentException("target 'rules' needs the dataset's rules/ pack, and this version has none");
            }
            if (pack != null) {
                date = p.hasNonNull("on") ? date(p.get("on").asText()) : pack.rules().stream()
                        .flatMap(r -> r.changeDates().stream()).max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
            }
        }
        if (singleSource.remove("rules") && pack != null) {
            ComplianceCheck check = new ComplianceCheck(version.dataset(), version.network());
            for (Rule rule : pack.rules()) {
                if (rule.inForceOn(date) && binds(check, rule, version)) {
                    singleSource.addAll(rule.componentCategories());
                }
            }
        }
        Basis basis = AnalysisService.basis(p.path("basis").asText("location"));
        List<String> systems = new ArrayList<>();
        p.path("systems").forEach(s -> systems.add(s.asText()));
        return new PlanTargets(content, basis, systems, keep, Set.copyOf(singleSource), p.path("minShare").asDouble(0.1),
                pack, date, p.path("budget").asDouble(Double.NaN), p.path("byWeeks").asDouble(Double.NaN));
    }

    private static boolean binds(ComplianceCheck check, Rule rule, LoadedVersion version) {
        for (int y = 0; y < version.network().systemCount(); y++) {
            if (check.binds(rule, y)) {
                return true;
            }
        }
        return false;
    }

    private static double share(String text) {
        try {
            double value = text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100
                    : Double.parseDouble(text);
            if (value < 0 || value > 1) {
                throw new IllegalArgumentException("content share must lie in 0..1 (or 0%..100%): " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("content share must be a number: " + text);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'on' must be a date YYYY-MM-DD: " + text);
        }
    }
}
