package dev.kizuna.compliance;

import dev.kizuna.exposure.Reachability;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.screening.NameNormalizer;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.FleetHolding;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.Part;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks rule packs against a dataset. For each rule in force and each system it binds, every
 * reachable (part, site) pair (spec 3.6, {@link Reachability}) of a covered part is tested: a
 * prohibited country on a basis the rule names, or a listed entity up the site's ownership chain,
 * makes a violation unless an exemption in force covers it. Each violation carries the spec 3.6
 * explanation path.
 *
 * <p>The predicates are public so that the planner can ask the same question of candidate sources.
 */
public final class ComplianceCheck {
    private final SupplyNetwork network;
    private final Map<String, List<String>> operatorsBySystem = new HashMap<>();
    private final Map<String, String> systemCategory = new HashMap<>();
    private final Map<String, Map<String, String>> partAttributes = new HashMap<>();
    private final Map<String, String> normalizedOrganizationName = new HashMap<>();

    public ComplianceCheck(Dataset dataset, SupplyNetwork network) {
        this.network = network;
        for (FleetHolding holding : dataset.fleet()) {
            operatorsBySystem.computeIfAbsent(holding.systemId().value(), k -> new ArrayList<>()).add(holding.operator());
        }
        for (EndSystem system : dataset.systems()) {
            systemCategory.put(system.id().value(), system.category());
        }
        for (Part part : dataset.parts()) {
            partAttributes.put(part.id().value(), part.attributes());
        }
        for (Organization organization : dataset.organizations()) {
            normalizedOrganizationName.put(organization.id().value(), NameNormalizer.normalize(organization.name()));
        }
    }

    public SupplyNetwork network() {
        return network;
    }

    /** Whether the rule binds the system (whatever the date). */
    public boolean binds(Rule rule, int system) {
        Binding binding = rule.binds();
        if (binding.everyone()) {
            return true;
        }
        String id = network.systemKey(system);
        if (Binding.matchesAny(binding.systems(), id)) {
            return true;
        }
        if (Binding.matchesAny(binding.systemCategories(), systemCategory.getOrDefault(id, ""))) {
            return true;
        }
        for (String operator : operatorsBySystem.getOrDefault(id, List.of())) {
            if (Binding.matchesAny(binding.operators(), operator)) {
                return true;
            }
        }
        return false;
    }

    /** A reason a pair is prohibited: the basis ({@code location}, {@code control}, {@code entity}) and country. */
    public record Finding(String basis, String country) {
    }

    /**
     * Why the rule, in force on the date, prohibits part made at site in the given system; empty when
     * it does not (rule not in force, part not covered, origin allowed, or exempt).
     */
    public List<Finding> findings(Rule rule, int system, int part, int site, LocalDate date) {
        if (!rule.inForceOn(date)) {
            return List.of();
        }
        boolean isTop = network.systemTopPart(system) == part;
        if (!rule.covers(network.partCategory(part), isTop)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Prohibition prohibition = rule.prohibits();
        for (Basis basis : Basis.values()) {
            if (!prohibition.bases().contains(basis)) {
                continue;
            }
            int country = network.siteCountry(site, basis);
            if (prohibition.prohibitsCountry(network.countryCode(country), network.countryClass(country))) {
                findings.add(new Finding(basis.key(), network.countryKey(country)));
            }
        }
        if (!prohibition.entities().isEmpty() && listedOwner(prohibition.entities(), network.siteOrganization(site)).isPresent()) {
            findings.add(new Finding("entity", network.countryKey(network.siteLocationCountry(site))));
        }
        if (findings.isEmpty() || exempt(rule, system, part, site, date)) {
            return List.of();
        }
        return findings;
    }

    /** The first organization from org up its ownership chain that is on the list, by id or normalized name. */
    public Optional<String> listedOwner(List<String> entities, int organization) {
        Set<String> normalized = entities.stream().map(NameNormalizer::normalize).collect(Collectors.toSet());
        int guard = 0;
        for (int o = organization; o >= 0 && guard++ <= network.organizationCount(); o = network.organizationParent(o)) {
            String id = network.organizationKey(o);
            if (entities.contains(id) || normalized.contains(normalizedOrganizationName.getOrDefault(id, ""))) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private boolean exempt(Rule rule, int system, int part, int site, LocalDate date) {
        for (Exemption exemption : rule.exemptions()) {
            if (exemption.inForceOn(date) && covers(exemption, system, part, site)) {
                return true;
            }
        }
        return false;
    }

    private boolean covers(Exemption exemption, int system, int part, int site) {
        String partKey = network.partKey(part);
        if (!exemption.parts().isEmpty() && !exemption.parts().contains(partKey)) {
            return false;
        }
        Map<String, String> attributes = partAttributes.getOrDefault(partKey, Map.of());
        for (var entry : exemption.partAttributes().entrySet()) {
            if (!entry.getValue().equalsIgnoreCase(attributes.getOrDefault(entry.getKey(), "").strip())) {
                return false;
            }
        }
        if (!exemption.organizations().isEmpty()
                && listedOwner(exemption.organizations(), network.siteOrganization(site)).isEmpty()) {
            return false;
        }
        if (!exemption.siteCountries().isEmpty()
                && !exemption.siteCountries().contains(network.countryCode(network.siteLocationCountry(site)))) {
            return false;
        }
        if (!exemption.endProductCountries().isEmpty() && !endProductIn(system, exemption.endProductCountries())) {
            return false;
        }
        return true;
    }

    private boolean endProductIn(int system, Set<CountryCode> countries) {
        int top = network.systemTopPart(system);
        boolean any = false;
        for (int n = network.sourceStart(top); n < network.qualifiedSourceEnd(top); n++) {
            if (network.sourceShare(n) > 0) {
                any = true;
                if (!countries.contains(network.countryCode(network.siteLocationCountry(network.sourceSite(n))))) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Every violation of the rules on the date, sorted by rule, system, part, site, basis. */
    public List<Violation> violations(List<Rule> rules, LocalDate date) {
        List<Violation> violations = new ArrayList<>();
        Reachability reachability = new Reachability(network);
        for (int y = 0; y < network.systemCount(); y++) {
            List<Rule> binding = new ArrayList<>();
            for (Rule rule : rules) {
                if (rule.inForceOn(date) && binds(rule, y)) {
                    binding.add(rule);
                }
            }
            if (binding.isEmpty()) {
                continue;
            }
            reachability.explore(y);
            int[] pairs = reachability.reachablePairs();
            Arrays.sort(pairs);
            for (int pair : pairs) {
                int part = network.sourcePart(pair);
                int site = network.sourceSite(pair);
                for (Rule rule : binding) {
                    for (Finding finding : findings(rule, y, part, site, date)) {
                        violations.add(violation(rule, y, pair, finding, reachability));
                    }
                }
            }
        }
        violations.sort(ORDER);
        return violations;
    }

    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::rule)
            .thenComparing(Violation::system).thenComparing(Violation::part).thenComparing(Violation::site)
            .thenComparing(Violation::basis);

    private Violation violation(Rule rule, int system, int pair, Finding finding, Reachability reachability) {
        List<String> path = Arrays.stream(reachability.path(pair)).mapToObj(network::partKey).toList();
        int site = network.sourceSite(pair);
        String siteKey = network.siteKey(site);
        String evidence = network.systemKey(system) + ": " + String.join(" -> ", path) + " @ " + siteKey + " ("
                + finding.country() + ", " + finding.basis() + ")";
        return new Violation(rule.id(), network.systemKey(system), network.partKey(network.sourcePart(pair)), siteKey,
                network.organizationKey(network.siteOrganization(site)), finding.country(), finding.basis(), path,
                evidence);
    }

    /** The first date after {@code date} on which some rule starts, ends or loses an exemption. */
    public static Optional<LocalDate> nextChangeDate(List<Rule> rules, LocalDate date) {
        return rules.stream().flatMap(r -> r.changeDates().stream()).filter(d -> d.isAfter(date)).min(Comparator.naturalOrder());
    }

    /** The violations on the date, the status of each rule, and what changes on the next change date. */
    public ComplianceReport report(RulePack pack, LocalDate date) {
        List<Violation> now = violations(pack.rules(), date);
        List<ComplianceReport.RuleStatus> statuses = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            List<String> bound = new ArrayList<>();
            for (int y = 0; y < network.systemCount(); y++) {
                if (binds(rule, y)) {
                    bound.add(network.systemKey(y));
                }
            }
            int count = (int) now.stream().filter(v -> v.rule().equals(rule.id())).count();
            statuses.add(new ComplianceReport.RuleStatus(rule.id(), rule.title(), rule.source(), rule.confidence().key(),
                    rule.inForceOn(date), text(rule.effectiveFrom()), text(rule.effectiveUntil()), bound, count,
                    rule.note()));
        }
        ComplianceReport.NextChange next = nextChangeDate(pack.rules(), date).map(nextDate -> {
            List<Violation> then = violations(pack.rules(), nextDate);
            Set<String> nowKeys = now.stream().map(Violation::key).collect(Collectors.toSet());
            Set<String> thenKeys = then.stream().map(Violation::key).collect(Collectors.toSet());
            TreeSet<String> changing = new TreeSet<>();
            for (Rule rule : pack.rules()) {
                if (rule.changeDates().contains(nextDate)) {
                    changing.add(rule.id());
                }
            }
            return new ComplianceReport.NextChange(nextDate.toString(), List.copyOf(changing),
                    then.stream().filter(v -> !nowKeys.contains(v.key())).toList(),
                    now.stream().filter(v -> !thenKeys.contains(v.key())).toList());
        }).orElse(null);
        return new ComplianceReport(pack.name(), date.toString(), statuses, now, next);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
