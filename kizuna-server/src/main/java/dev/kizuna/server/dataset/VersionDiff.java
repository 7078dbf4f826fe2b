package dev.kizuna.server.dataset;

import dev.kizuna.assessment.AssessmentReport;
import dev.kizuna.content.ClassShares;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.AlignmentClass;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed from one version to another: entities added, removed or changed field by field,
 * effective source shares (after the equal split of 3.2), sourcing countries, and the assess
 * metrics of every system before and after.
 */
public record VersionDiff(VersionSummary from, VersionSummary to, Changes organizations, Changes sites,
                          Changes parts, Changes bomLines, Changes sources, List<ShareChange> shares,
                          CountryChanges countries, List<MetricChange> metrics) {

    public record Changes(List<String> added, List<String> removed, List<Changed> changed) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    public record Changed(String id, List<FieldChange> fields) {
    }

    public record FieldChange(String field, String before, String after) {
    }

    /** Effective volume share of a source; 0 when the source is absent or carries no volume. */
    public record ShareChange(String part, String site, double before, double after) {
    }

    /**
     * @param added   countries where the new version has a site and the old one none
     * @param supply  per country, the qualified supply located there (sum of shares), when it moved
     */
    public record CountryChanges(List<String> added, List<String> removed, List<CountrySupply> supply) {
    }

    public record CountrySupply(String country, double before, double after) {
    }

    /** @param system a system id, or "fleet" / "dataset" for the dataset-wide numbers */
    public record MetricChange(String system, String metric, Double before, Double after, Double delta) {
    }

    public static VersionDiff between(LoadedVersion from, LoadedVersion to, AssessmentReport before,
                                      AssessmentReport after) {
        var a = from.dataset();
        var b = to.dataset();
        return new VersionDiff(from.summary(), to.summary(),
                changes(a.organizations(), b.organizations(), o -> o.id().value()),
                changes(a.sites(), b.sites(), s -> s.id().value()),
                changes(a.parts(), b.parts(), p -> p.id().value()),
                changes(a.bomLines(), b.bomLines(), r -> r.parentId().value() + " > " + r.childId().value()
                        + (r.siteId() == null ? "" : " @ " + r.siteId().value())),
                changes(a.sources(), b.sources(), s -> s.partId().value() + " @ " + s.siteId().value()),
                shares(from.network(), to.network()),
                countries(from.network(), to.network()),
                metrics(before, after));
    }

    private static <T extends Record> Changes changes(Collection<T> before, Collection<T> after, Function<T, String> key) {
        Map<String, T> a = index(before, key);
        Map<String, T> b = index(after, key);
        List<String> added = b.keySet().stream().filter(k -> !a.containsKey(k)).toList();
        List<String> removed = a.keySet().stream().filter(k -> !b.containsKey(k)).toList();
        List<Changed> changed = new ArrayList<>();
        for (Map.Entry<String, T> entry : a.entrySet()) {
            T other = b.get(entry.getKey());
            if (other != null && !entry.getValue().equals(other)) {
                List<FieldChange> fields = fieldChanges(entry.getValue(), other);
                if (!fields.isEmpty()) {
                    changed.add(new Changed(entry.getKey(), fields));
                }
            }
        }
        return new Changes(added, removed, changed);
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> key) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private static List<FieldChange> fieldChanges(Record before, Record after) {
        Map<String, String> a = fields(before);
        Map<String, String> b = fields(after);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : a.keySet()) {
            if (!Objects.equals(a.get(field), b.get(field))) {
                changes.add(new FieldChange(field, a.get(field), b.get(field)));
            }
        }
        return changes;
    }

    private static Map<String, String> fields(Record record) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(record);
                fields.put(component.getName(), text(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            return d.isNaN() ? null : stripZeros(d);
        }
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map).toString();
        }
        return value.toString();
    }

    private static String stripZeros(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static List<ShareChange> shares(SupplyNetwork a, SupplyNetwork b) {
        Map<String, double[]> shares = new TreeMap<>();
        collectShares(a, shares, 0);
        collectShares(b, shares, 1);
        List<ShareChange> changes = new ArrayList<>();
        shares.forEach((key, pair) -> {
            if (Math.abs(pair[0] - pair[1]) > 1e-9) {
                int at = key.indexOf('\u0000');
                changes.add(new ShareChange(key.substring(0, at), key.substring(at + 1), pair[0], pair[1]));
            }
        });
        return changes;
    }

    private static void collectShares(SupplyNetwork net, Map<String, double[]> shares, int slot) {
        for (int n = 0; n < net.sourceCount(); n++) {
            String key = net.partKey(net.sourcePart(n)) + "\u0000" + net.siteKey(net.sourceSite(n));
            shares.computeIfAbsent(key, k -> new double[2])[slot] = net.sourceShare(n);
        }
    }

    private static CountryChanges countries(SupplyNetwork a, SupplyNetwork b) {
        Map<String, double[]> supply = new TreeMap<>();
        TreeSet<String> inA = new TreeSet<>();
        TreeSet<String> inB = new TreeSet<>();
        collectCountries(a, supply, 0, inA);
        collectCountries(b, supply, 1, inB);
        List<CountrySupply> moved = new ArrayList<>();
        supply.forEach((code, pair) -> {
            if (Math.abs(pair[0] - pair[1]) > 1e-9) {
                moved.add(new CountrySupply(code, pair[0], pair[1]));
            }
        });
        return new CountryChanges(inB.stream().filter(c -> !inA.contains(c)).toList(),
                inA.stream().filter(c -> !inB.contains(c)).toList(), moved);
    }

    private static void collectCountries(SupplyNetwork net, Map<String, double[]> supply, int slot, TreeSet<String> present) {
        for (int s = 0; s < net.siteCount(); s++) {
            present.add(net.countryKey(net.siteLocationCountry(s)));
        }
        for (int n = 0; n < net.sourceCount(); n++) {
            if (net.isQualified(n)) {
                String code = net.countryKey(net.siteLocationCountry(net.sourceSite(n)));
                supply.computeIfAbsent(code, k -> new double[2])[slot] += net.sourceShare(n);
            }
        }
    }

    private static List<MetricChange> metrics(AssessmentReport before, AssessmentReport after) {
        Map<String, Map<String, Double>> a = metricValues(before);
        Map<String, Map<String, Double>> b = metricValues(after);
        TreeSet<String> subjects = new TreeSet<>(a.keySet());
        subjects.addAll(b.keySet());
        List<MetricChange> changes = new ArrayList<>();
        for (String subject : subjects) {
            Map<String, Double> ma = a.getOrDefault(subject, Map.of());
            Map<String, Double> mb = b.getOrDefault(subject, Map.of());
            LinkedHashMap<String, Boolean> names = new LinkedHashMap<>();
            ma.keySet().forEach(k -> names.put(k, true));
            mb.keySet().forEach(k -> names.put(k, true));
            for (String metric : names.keySet()) {
                Double x = ma.get(metric);
                Double y = mb.get(metric);
                Double delta = x != null && y != null ? y - x : null;
                changes.add(new MetricChange(subject, metric, x, y, delta));
            }
        }
        return changes;
    }

    private static Map<String, Map<String, Double>> metricValues(AssessmentReport report) {
        Map<String, Map<String, Double>> values = new TreeMap<>();
        for (AssessmentReport.SystemAssessment system : report.systems()) {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("value", system.value());
            m.put("coverage", system.coverage());
            putClasses(m, "content.location.", system.content().location());
            m.put("content.control.concern", system.content().control().concern());
            m.put("concernExposures", (double) system.concernExposures().size());
            values.put(system.id(), m);
        }
        Map<String, Double> fleet = new LinkedHashMap<>();
        fleet.put("units", report.fleet().units());
        putClasses(fleet, "origin.", report.fleet().origin());
        values.put("fleet", fleet);
        Map<String, Double> dataset = new LinkedHashMap<>();
        dataset.put("reachableParts", (double) report.parts().size());
        dataset.put("singleSourceParts", (double) report.singleSourceParts().size());
        values.put("dataset", dataset);
        return values;
    }

    private static void putClasses(Map<String, Double> m, String prefix, ClassShares shares) {
        for (AlignmentClass cls : AlignmentClass.values()) {
            m.put(prefix + cls.key(), shares.get(cls));
        }
    }
}
