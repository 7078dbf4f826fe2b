package dev.kizuna.synthetic;

import dev.kizuna.supply.model.BomLine;
import dev.kizuna.supply.model.Country;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.EndSystem;
import dev.kizuna.supply.model.FleetHolding;
import dev.kizuna.supply.model.InventoryLot;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.Site;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import dev.kizuna.supply.model.SystemId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The validation rules of contract section 2 (and the share rules of 3.2), written as plainly as
 * possible and independently of the generator, so that a generator bug cannot hide in shared code.
 */
final class ContractChecker {
    private final Dataset dataset;
    private final List<String> problems = new ArrayList<>();

    private ContractChecker(Dataset dataset) {
        this.dataset = dataset;
    }

    static List<String> problems(Dataset dataset) {
        ContractChecker checker = new ContractChecker(dataset);
        checker.check();
        return checker.problems;
    }

    private void problem(String message) {
        if (problems.size() < 50) {
            problems.add(message);
        }
    }

    private void check() {
        checkManifest();
        Set<OrganizationId> organizations = new HashSet<>();
        for (Organization o : dataset.organizations()) {
            if (!organizations.add(o.id())) {
                problem("duplicate organization " + o.id());
            }
            range("organization " + o.id() + " operating_margin", o.operatingMargin(), -1, 1);
        }
        for (Organization o : dataset.organizations()) {
            if (o.parentId() != null && !organizations.contains(o.parentId())) {
                problem("organization " + o.id() + " has unknown parent " + o.parentId());
            }
        }
        checkOwnershipHasNoLoop();
        Set<SiteId> sites = new HashSet<>();
        for (Site s : dataset.sites()) {
            if (!sites.add(s.id())) {
                problem("duplicate site " + s.id());
            }
            if (!organizations.contains(s.organizationId())) {
                problem("site " + s.id() + " has unknown organization " + s.organizationId());
            }
            range("site " + s.id() + " latitude", s.latitude(), -90, 90);
            range("site " + s.id() + " longitude", s.longitude(), -180, 180);
            range("site " + s.id() + " capacity_per_week", s.capacityPerWeek(), 0, Double.MAX_VALUE);
            range("site " + s.id() + " disruption_probability", s.disruptionProbability(), 0, 1);
            range("site " + s.id() + " ttr_weeks", s.ttrWeeks(), 0, Double.MAX_VALUE);
        }
        Set<PartId> parts = new HashSet<>();
        for (Part p : dataset.parts()) {
            if (!parts.add(p.id())) {
                problem("duplicate part " + p.id());
            }
            range("part " + p.id() + " unit_cost", p.unitCost(), 0, Double.MAX_VALUE);
        }
        Map<PartId, Set<SiteId>> sourceSites = new HashMap<>();
        Map<PartId, List<Source>> sourcesByPart = new HashMap<>();
        for (Source s : dataset.sources()) {
            if (!parts.contains(s.partId())) {
                problem("source of unknown part " + s.partId());
            }
            if (!sites.contains(s.siteId())) {
                problem("source at unknown site " + s.siteId());
            }
            if (!sourceSites.computeIfAbsent(s.partId(), k -> new HashSet<>()).add(s.siteId())) {
                problem("duplicate source " + s.partId() + " at " + s.siteId());
            }
            sourcesByPart.computeIfAbsent(s.partId(), k -> new ArrayList<>()).add(s);
            range("source " + s.partId() + "@" + s.siteId() + " share", s.share(), 0, 1);
            range("source " + s.partId() + "@" + s.siteId() + " capacity", s.capacityPerWeek(), 0, Double.MAX_VALUE);
            range("source " + s.partId() + "@" + s.siteId() + " lead time", s.leadTimeDays(), 0, Double.MAX_VALUE);
            range("source " + s.partId() + "@" + s.siteId() + " unit price", s.unitPrice(), 0, Double.MAX_VALUE);
        }
        sourcesByPart.forEach(this::checkShares);
        Set<String> bomKeys = new HashSet<>();
        for (BomLine b : dataset.bomLines()) {
            String row = b.parentId() + " -> " + b.childId();
            if (!parts.contains(b.parentId()) || !parts.contains(b.childId())) {
                problem("bom row " + row + " names an unknown part");
            }
            if (!(b.quantity() > 0) || Double.isInfinite(b.quantity())) {
                problem("bom row " + row + " has quantity " + b.quantity());
            }
            if (!bomKeys.add(row + " @" + b.siteId())) {
                problem("duplicate bom row " + row + " @" + b.siteId());
            }
            if (b.siteId() != null && !sourceSites.getOrDefault(b.parentId(), Set.of()).contains(b.siteId())) {
                problem("bom row " + row + ": site " + b.siteId() + " is not a source site of the parent");
            }
            for (SiteId approved : b.approvedSites()) {
                if (!sourceSites.getOrDefault(b.childId(), Set.of()).contains(approved)) {
                    problem("bom row " + row + ": approved site " + approved + " is not a source site of the child");
                }
            }
        }
        checkBomHasNoCycle();
        for (InventoryLot lot : dataset.inventory()) {
            if (!parts.contains(lot.partId())) {
                problem("inventory of unknown part " + lot.partId());
            }
            range("inventory " + lot.partId() + " on_hand", lot.onHand(), 0, Double.MAX_VALUE);
            if (Double.isNaN(lot.onHand())) {
                problem("inventory " + lot.partId() + " has no on_hand");
            }
            if (lot.siteId() != null && !sourceSites.getOrDefault(lot.partId(), Set.of()).contains(lot.siteId())) {
                problem("inventory of " + lot.partId() + " at " + lot.siteId() + ", not a source site of the part");
            }
        }
        Set<SystemId> systems = new HashSet<>();
        for (EndSystem s : dataset.systems()) {
            if (!systems.add(s.id())) {
                problem("duplicate system " + s.id());
            }
            if (!parts.contains(s.topPartId())) {
                problem("system " + s.id() + " has unknown part " + s.topPartId());
            }
            range("system " + s.id() + " demand", s.demandPerWeek(), 0, Double.MAX_VALUE);
            range("system " + s.id() + " shortfall cost", s.shortfallCostPerUnit(), 0, Double.MAX_VALUE);
        }
        for (FleetHolding f : dataset.fleet()) {
            if (!systems.contains(f.systemId())) {
                problem("fleet of unknown system " + f.systemId());
            }
            if (!(f.units() >= 0)) {
                problem("fleet " + f.systemId() + " has units " + f.units());
            }
        }
        Set<CountryCode> countries = new HashSet<>();
        for (Country c : dataset.countries()) {
            if (!countries.add(c.code())) {
                problem("duplicate country " + c.code());
            }
            range("country " + c.code() + " disruption_probability", c.disruptionProbability(), 0, 1);
            range("country " + c.code() + " ttr_weeks", c.ttrWeeks(), 0, Double.MAX_VALUE);
        }
    }

    private void checkManifest() {
        var manifest = dataset.manifest();
        if (!"kizuna/1".equals(manifest.format())) {
            problem("format is " + manifest.format());
        }
        var alignment = manifest.alignment();
        Set<CountryCode> seen = new HashSet<>();
        seen.add(alignment.home());
        for (Set<CountryCode> list : List.of(alignment.ally(), alignment.partner(), alignment.concern())) {
            for (CountryCode code : list) {
                if (!seen.add(code)) {
                    problem("country " + code + " is in two alignment lists (or is home)");
                }
            }
        }
    }

    /** Absent (NaN) is fine; present values must be finite and within [low, high]. */
    private void range(String what, double value, double low, double high) {
        if (!Double.isNaN(value) && (Double.isInfinite(value) || value < low || value > high)) {
            problem(what + " = " + value + " is outside [" + low + ", " + high + "]");
        }
    }

    private void checkShares(PartId part, List<Source> sources) {
        int qualified = 0;
        int withShare = 0;
        double sum = 0;
        for (Source s : sources) {
            if (s.isQualified()) {
                qualified++;
                if (!Double.isNaN(s.share())) {
                    withShare++;
                    sum += s.share();
                }
            } else if (!Double.isNaN(s.share()) && s.share() != 0) {
                problem("part " + part + ": " + s.status() + " source " + s.siteId() + " carries share " + s.share());
            }
        }
        if (withShare > 0 && withShare < qualified) {
            problem("part " + part + ": some qualified sources give a share and some do not");
        }
        if (withShare > 0 && Math.abs(sum - 1) > 1e-6) {
            problem("part " + part + ": qualified shares sum to " + sum);
        }
    }

    private void checkOwnershipHasNoLoop() {
        Map<OrganizationId, OrganizationId> parent = new HashMap<>();
        for (Organization o : dataset.organizations()) {
            if (o.parentId() != null) {
                parent.put(o.id(), o.parentId());
            }
        }
        int limit = dataset.organizations().size();
        for (Organization o : dataset.organizations()) {
            OrganizationId current = o.id();
            for (int steps = 0; current != null; steps++) {
                if (steps > limit) {
                    problem("ownership loop through " + o.id());
                    break;
                }
                current = parent.get(current);
            }
        }
    }

    /** Kahn's algorithm: a cycle leaves parts whose in-degree never drops to zero. */
    private void checkBomHasNoCycle() {
        Map<PartId, Set<PartId>> children = new HashMap<>();
        Map<PartId, Integer> inDegree = new HashMap<>();
        for (Part p : dataset.parts()) {
            inDegree.put(p.id(), 0);
        }
        for (BomLine b : dataset.bomLines()) {
            if (children.computeIfAbsent(b.parentId(), k -> new HashSet<>()).add(b.childId())) {
                inDegree.merge(b.childId(), 1, Integer::sum);
            }
        }
        Deque<PartId> ready = new ArrayDeque<>();
        inDegree.forEach((part, degree) -> {
            if (degree == 0) {
                ready.add(part);
            }
        });
        int removed = 0;
        while (!ready.isEmpty()) {
            PartId part = ready.poll();
            removed++;
            for (PartId child : children.getOrDefault(part, Set.of())) {
                if (inDegree.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (removed < inDegree.size()) {
            problem("the bom has a cycle among " + (inDegree.size() - removed) + " parts");
        }
    }
}
