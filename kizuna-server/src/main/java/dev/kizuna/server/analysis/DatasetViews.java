package dev.kizuna.server.analysis;

import dev.kizuna.assessment.Assessment;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.server.analysis.Views.BomEdge;
import dev.kizuna.server.analysis.Views.Choice;
import dev.kizuna.server.analysis.Views.CountrySourcing;
import dev.kizuna.server.analysis.Views.NetworkGraph;
import dev.kizuna.server.analysis.Views.PartNode;
import dev.kizuna.server.analysis.Views.SourceView;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.Organization;
import dev.kizuna.supply.model.Part;
import dev.kizuna.supply.model.Site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The supply-network graph, the sourcing countries and the event catalogue of a version. */
public final class DatasetViews {
    /** Bounds the graph a browser has to lay out. */
    public static final int MAX_GRAPH_NODES = 400;
    private static final double CONCENTRATED_HHI = 5000;

    private DatasetViews() {
    }

    public static NetworkGraph graph(LoadedVersion version, String systemId) {
        SupplyNetwork net = version.network();
        int system = net.findSystem(new dev.kizuna.supply.model.SystemId(systemId)).orElseThrow(
                () -> new IllegalArgumentException("the dataset has no system '" + systemId + "'"));
        Map<String, Part> parts = version.dataset().parts().stream()
                .collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
        int[] tier = new int[net.partCount()];
        Arrays.fill(tier, -1);
        int top = net.systemTopPart(system);
        tier[top] = 0;
        Deque<Integer> queue = new ArrayDeque<>(List.of(top));
        List<Integer> order = new ArrayList<>();
        Set<String> edgeKeys = new LinkedHashSet<>();
        List<BomEdge> edges = new ArrayList<>();
        boolean truncated = false;
        while (!queue.isEmpty()) {
            int p = queue.poll();
            order.add(p);
            for (int row : childRows(net, p)) {
                int child = net.rowChild(row);
                if (tier[child] < 0) {
                    if (order.size() + queue.size() >= MAX_GRAPH_NODES) {
                        truncated = true;
                        continue;
                    }
                    tier[child] = tier[p] + 1;
                    queue.add(child);
                }
                if (edgeKeys.add(net.partKey(p) + "\u0000" + net.partKey(child))) {
                    edges.add(new BomEdge(net.partKey(p), net.partKey(child), net.rowQuantity(row)));
                }
            }
        }
        List<PartNode> nodes = new ArrayList<>();
        for (int p : order) {
            Part part = parts.get(net.partKey(p));
            nodes.add(node(net, p, tier[p], part == null ? net.partKey(p) : part.name()));
        }
        return new NetworkGraph(net.systemKey(system), net.systemName(system), nodes, edges, truncated);
    }

    /** The bom rows of every qualified source's bill, and the generic bill of an unmapped part. */
    private static Set<Integer> childRows(SupplyNetwork net, int p) {
        Set<Integer> rows = new TreeSet<>();
        if (net.isUnmapped(p)) {
            for (int r = net.genericRowStart(p); r < net.genericRowEnd(p); r++) {
                rows.add(r);
            }
        }
        for (int n = net.sourceStart(p); n < net.qualifiedSourceEnd(p); n++) {
            for (int b = net.billStart(n); b < net.billEnd(n); b++) {
                rows.add(net.billRow(b));
            }
        }
        return rows;
    }

    private static PartNode node(SupplyNetwork net, int p, int tier, String name) {
        double[] byClass = new double[AlignmentClass.count()];
        List<SourceView> sources = new ArrayList<>();
        boolean concern = false;
        for (int n = net.sourceStart(p); n < net.sourceEnd(p); n++) {
            int site = net.sourceSite(n);
            AlignmentClass cls = net.siteClass(site, Basis.LOCATION);
            if (net.isQualified(n)) {
                byClass[cls.ordinal()] += net.sourceShare(n);
                concern |= cls == AlignmentClass.CONCERN || net.siteClass(site, Basis.CONTROL) == AlignmentClass.CONCERN;
            }
            sources.add(new SourceView(net.siteKey(site), net.organizationKey(net.siteOrganization(site)),
                    net.countryKey(net.siteLocationCountry(site)), cls.key(), net.sourceShare(n),
                    net.sourceStatus(n).name().toLowerCase(Locale.ROOT)));
        }
        int qualified = net.qualifiedSourceCount(p);
        if (qualified == 0) {
            return new PartNode(net.partKey(p), name, tier, AlignmentClass.UNKNOWN.key(), "unmapped", null, sources);
        }
        int best = 0;
        for (int k = 1; k < byClass.length; k++) {
            if (byClass[k] > byClass[best]) {
                best = k;
            }
        }
        double hhi = Assessment.countryHhi(net, p, Basis.LOCATION);
        String risk = qualified == 1 ? "single-source" : concern ? "concern" : hhi > CONCENTRATED_HHI ? "concentrated" : "ok";
        if (qualified == 1 && concern) {
            risk = "concern";
        }
        return new PartNode(net.partKey(p), name, tier, AlignmentClass.ofOrdinal(best).key(), risk, hhi, sources);
    }

    public static List<CountrySourcing> countries(LoadedVersion version) {
        SupplyNetwork net = version.network();
        Map<String, Organization> orgs = version.dataset().organizations().stream()
                .collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        Map<String, String> countryNames = version.dataset().countries().stream()
                .filter(c -> !c.name().isBlank())
                .collect(Collectors.toMap(c -> c.code().value(), c -> c.name()));
        TreeMap<String, int[]> counts = new TreeMap<>();
        TreeMap<String, double[]> supply = new TreeMap<>();
        TreeMap<String, Set<Integer>> partsBy = new TreeMap<>();
        TreeMap<String, Set<String>> orgsBy = new TreeMap<>();
        for (int s = 0; s < net.siteCount(); s++) {
            String code = net.countryKey(net.siteLocationCountry(s));
            counts.computeIfAbsent(code, k -> new int[2])[0]++;
            supply.computeIfAbsent(code, k -> new double[1]);
            partsBy.computeIfAbsent(code, k -> new TreeSet<>());
            Organization org = orgs.get(net.organizationKey(net.siteOrganization(s)));
            orgsBy.computeIfAbsent(code, k -> new TreeSet<>()).add(org == null ? net.organizationKey(net.siteOrganization(s)) : org.name());
            for (int k = net.siteSourceStart(s); k < net.siteSourceEnd(s); k++) {
                int n = net.siteSource(k);
                if (net.isQualified(n)) {
                    counts.get(code)[1]++;
                    supply.get(code)[0] += net.sourceShare(n);
                    partsBy.get(code).add(net.sourcePart(n));
                }
            }
        }
        List<CountrySourcing> result = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            String code = entry.getKey();
            int c = net.findCountry(new dev.kizuna.supply.model.CountryCode(code)).orElseThrow();
            String name = countryNames.getOrDefault(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH));
            result.add(new CountrySourcing(code, name, net.countryClass(c).key(), entry.getValue()[0],
                    entry.getValue()[1], partsBy.get(code).size(), supply.get(code)[0], List.copyOf(orgsBy.get(code))));
        }
        return result;
    }

    public static Views.EventCatalog events(LoadedVersion version) {
        var dataset = version.dataset();
        List<Choice> sites = dataset.sites().stream().sorted((a, b) -> a.id().compareTo(b.id()))
                .map(s -> new Choice(s.id().value(), label(s), "site:" + s.id().value())).toList();
        List<Choice> orgs = dataset.organizations().stream().sorted((a, b) -> a.id().value().compareTo(b.id().value()))
                .map(o -> new Choice(o.id().value(), o.name() + " (" + o.country().value() + ")", "org:" + o.id().value()))
                .toList();
        TreeSet<String> codes = new TreeSet<>();
        dataset.sites().forEach(s -> codes.add(s.country().value()));
        List<Choice> countries = codes.stream().map(code -> new Choice(code,
                Locale.of("", code).getDisplayCountry(Locale.ENGLISH) + " (" + code + ")", "country:" + code)).toList();
        List<Choice> parts = dataset.parts().stream().sorted((a, b) -> a.id().compareTo(b.id()))
                .map(p -> new Choice(p.id().value(), p.name(), "part:" + p.id().value())).toList();
        List<Choice> systems = dataset.systems().stream().sorted((a, b) -> a.id().compareTo(b.id()))
                .map(y -> new Choice(y.id().value(), y.name(), null)).toList();
        return new Views.EventCatalog(sites, orgs, countries, parts, systems);
    }

    private static String label(Site site) {
        return (site.name().isBlank() ? site.id().value() : site.name()) + " (" + site.country().value() + ")";
    }
}
