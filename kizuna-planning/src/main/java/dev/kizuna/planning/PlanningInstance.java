package dev.kizuna.planning;

import dev.kizuna.content.ClassShares;
import dev.kizuna.content.ContentRollup;
import dev.kizuna.exposure.Reachability;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.sourcing.Offer;
import dev.kizuna.sourcing.SourcingChanges.PartSite;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.FleetHolding;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.Source;
import dev.kizuna.supply.model.SourceStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data the planning model is built from: the dataset with every offer added as a non-qualified
 * source (so that candidates have indexes, bills and content like any source), the candidates,
 * the parts in scope (reachable from some system), and the linearisation of content.
 *
 * <h2>Linearised content</h2>
 * Content (spec 3.4) is multilinear in the shares. The model fixes every source's own content vector
 * C(p, s) at its current value (children at their current shares) and takes, for each system y and
 * part p, the number of units of p one unit of y draws through rows that use all of p's qualified
 * sources ({@code flow[y][p]}, the derivative of C(top) with respect to C(p)). Then
 * {@code C(y) ~ C0(y) + sum_p flow[y][p] * sum_s (w(p,s) - w0(p,s)) * C(p, s)}: exact when no part on a
 * path lies below another re-split part, a first-order estimate otherwise. Rows with an approved
 * vendor list keep their current split in the estimate. The report's "after" figures come from the
 * real roll-up of the changed dataset, not from this estimate.
 */
final class PlanningInstance {
    static final int K = AlignmentClass.count();

    final Dataset base;
    final Dataset augmented;
    final SupplyNetwork network;
    final Basis basis;
    final List<Candidate> candidates;
    final Map<PartSite, Offer> offerBySource;
    /** Parts reachable from some system, in index order. */
    final int[] scopedParts;
    final boolean[] inScope;
    /** flow[y][p]: units of p per unit of system y through rows that use every qualified source of p. */
    final double[][] flow;
    /**
     * Weekly units of each part drawn through rows open to all its sources, for all systems' demand
     * (0 when systems give no demand): the volume a re-split moves between sources.
     */
    final double[] partDemand;
    /** Content vector of one unit of the part made at source n (qualified or not). */
    final double[][] sourceContent;
    /** Content vector of one unit of an unmapped part. */
    final double[][] unmappedContent;
    final double[][] systemContent;
    final double[] systemWeight;
    final List<List<Integer>> reachablePartsBySystem;

    PlanningInstance(Dataset base, List<Offer> offers, Basis basis) {
        this.base = base;
        this.basis = basis;
        SupplyNetwork baseNetwork = NetworkCompiler.compile(base);
        Map<PartSite, Source> existing = new HashMap<>();
        for (Source source : base.sources()) {
            existing.put(new PartSite(source.partId(), source.siteId()), source);
        }
        // each (part, site) an offer proposes: the cheapest offer for it, ties by id
        Map<PartSite, Offer> proposed = new TreeMap<>(Comparator.comparing((PartSite ps) -> ps.part().value())
                .thenComparing(ps -> ps.site().value()));
        List<Offer> sorted = offers.stream().sorted(Comparator.comparingDouble(Offer::qualificationCostOrZero)
                .thenComparing(Offer::id)).toList();
        for (Offer offer : sorted) {
            for (int p = 0; p < baseNetwork.partCount(); p++) {
                if (!offer.covers(baseNetwork.partId(p), baseNetwork.partCategory(p))) {
                    continue;
                }
                PartSite key = new PartSite(baseNetwork.partId(p), offer.siteId());
                Source source = existing.get(key);
                if (source != null && source.isQualified()) {
                    continue;
                }
                proposed.putIfAbsent(key, offer);
            }
        }
        this.offerBySource = Map.copyOf(proposed);
        List<Source> sources = new ArrayList<>();
        for (Source source : base.sources()) {
            Offer offer = proposed.get(new PartSite(source.partId(), source.siteId()));
            // an offer for a listed alternative is the newer quote: its numbers win where it gives them
            sources.add(offer == null ? source : new Source(source.partId(), source.siteId(), source.share(),
                    source.status(), pick(offer.capacityPerWeek(), source.capacityPerWeek()),
                    pick(offer.leadTimeDays(), source.leadTimeDays()), pick(offer.unitPrice(), source.unitPrice())));
        }
        for (var entry : proposed.entrySet()) {
            if (!existing.containsKey(entry.getKey())) {
                Offer offer = entry.getValue();
                sources.add(new Source(entry.getKey().part(), entry.getKey().site(), Double.NaN, SourceStatus.CANDIDATE,
                        offer.capacityPerWeek(), offer.leadTimeDays(), offer.unitPrice()));
            }
        }
        this.augmented = new Dataset(base.manifest(), base.organizations(), base.sites(), base.parts(), base.bomLines(),
                sources, base.inventory(), base.systems(), base.fleet(), base.countries());
        this.network = NetworkCompiler.compile(augmented);
        List<Candidate> list = new ArrayList<>();
        for (var entry : proposed.entrySet()) {
            Offer offer = entry.getValue();
            int part = network.getPart(entry.getKey().part());
            int source = network.findSource(part, network.getSite(entry.getKey().site())).orElseThrow();
            String id = offer.findPartId().isPresent() ? offer.id() : offer.id() + "/" + entry.getKey().part();
            list.add(new Candidate(id, offer, part, source, offer.qualificationCostOrZero(), offer.qualificationWeeksOrZero()));
        }
        list.sort(Comparator.comparing(Candidate::id));
        this.candidates = List.copyOf(list);

        int parts = network.partCount();
        int systems = network.systemCount();
        this.inScope = new boolean[parts];
        this.reachablePartsBySystem = new ArrayList<>();
        Reachability reachability = new Reachability(network);
        for (int y = 0; y < systems; y++) {
            reachability.explore(y);
            List<Integer> reached = new ArrayList<>();
            for (int p : reachability.reachableParts()) {
                inScope[p] = true;
                reached.add(p);
            }
            reached.sort(Integer::compare);
            reachablePartsBySystem.add(List.copyOf(reached));
        }
        this.scopedParts = java.util.stream.IntStream.range(0, parts).filter(p -> inScope[p]).toArray();
        this.flow = new double[systems][];
        this.partDemand = new double[parts];
        for (int y = 0; y < systems; y++) {
            double[] sourceFlow = new double[network.sourceCount()];
            flow[y] = flows(y, sourceFlow);
            double demand = network.systemDemandPerWeek(y);
            if (Double.isFinite(demand) && demand > 0) {
                for (int p = 0; p < parts; p++) {
                    partDemand[p] += demand * flow[y][p];
                }
            }
        }
        ContentRollup rollup = ContentRollup.compute(network, basis);
        this.sourceContent = new double[network.sourceCount()][];
        this.unmappedContent = new double[parts][];
        for (int n = 0; n < network.sourceCount(); n++) {
            sourceContent[n] = network.isQualified(n) ? vector(rollup.sourceContent(n)) : candidateContent(rollup, n);
        }
        for (int p = 0; p < parts; p++) {
            if (network.isUnmapped(p)) {
                unmappedContent[p] = vector(rollup.partContent(p));
            }
        }
        this.systemContent = new double[systems][];
        for (int y = 0; y < systems; y++) {
            systemContent[y] = vector(rollup.partContent(network.systemTopPart(y)));
        }
        this.systemWeight = weights(base.fleet());
    }

    static double pick(double preferred, double otherwise) {
        return Double.isNaN(preferred) ? otherwise : preferred;
    }

    /** Part flows of system y; fills per-source flows including rows with approved vendor lists. */
    private double[] flows(int system, double[] sourceFlow) {
        double[] partFlow = new double[network.partCount()];
        partFlow[network.systemTopPart(system)] = 1;
        for (int i = network.partCount() - 1; i >= 0; i--) {
            int p = network.topologicalPart(i);
            if (network.isUnmapped(p)) {
                if (partFlow[p] > 0) {
                    for (int r = network.genericRowStart(p); r < network.genericRowEnd(p); r++) {
                        partFlow[network.rowChild(r)] += network.rowQuantity(r) * partFlow[p];
                    }
                }
                continue;
            }
            for (int n = network.sourceStart(p); n < network.qualifiedSourceEnd(p); n++) {
                sourceFlow[n] += partFlow[p] * network.sourceShare(n);
                if (sourceFlow[n] <= 0) {
                    continue;
                }
                for (int b = network.billStart(n); b < network.billEnd(n); b++) {
                    int row = network.billRow(b);
                    int child = network.rowChild(row);
                    double units = network.rowQuantity(row) * sourceFlow[n];
                    if (isUnrestricted(row)) {
                        partFlow[child] += units;
                    } else {
                        for (int a = network.approvedStart(row); a < network.approvedEnd(row); a++) {
                            sourceFlow[network.approvedSource(a)] += units * network.approvedShare(a);
                        }
                    }
                }
            }
        }
        return partFlow;
    }

    /** A row that takes C(c) of its child: unmapped child, or every qualified source approved. */
    boolean isUnrestricted(int row) {
        int child = network.rowChild(row);
        int qualified = network.qualifiedSourceCount(child);
        return qualified == 0 || network.approvedEnd(row) - network.approvedStart(row) == qualified;
    }

    /** C(p, o) of a non-qualified source as spec 3.4 would give it once qualified. */
    private double[] candidateContent(ContentRollup rollup, int n) {
        double[] out = new double[K];
        int p = network.sourcePart(n);
        double childCost = 0;
        for (int b = network.billStart(n); b < network.billEnd(n); b++) {
            int row = network.billRow(b);
            int child = network.rowChild(row);
            double q = network.rowQuantity(row);
            childCost += q * network.partUnitCost(child);
            if (isUnrestricted(row)) {
                add(out, q, vector(rollup.partContent(child)));
            } else if (network.approvedEnd(row) == network.approvedStart(row)) {
                out[AlignmentClass.UNKNOWN.ordinal()] += q * rollup.partContent(child).total();
            } else {
                for (int a = network.approvedStart(row); a < network.approvedEnd(row); a++) {
                    add(out, q * network.approvedShare(a), vector(rollup.sourceContent(network.approvedSource(a))));
                }
            }
        }
        out[network.siteClass(network.sourceSite(n), basis).ordinal()] += Math.max(0, network.partUnitCost(p) - childCost);
        return out;
    }

    private static void add(double[] target, double factor, double[] vector) {
        for (int k = 0; k < K; k++) {
            target[k] += factor * vector[k];
        }
    }

    static double[] vector(ClassShares shares) {
        double[] v = new double[K];
        for (AlignmentClass k : AlignmentClass.values()) {
            v[k.ordinal()] = shares.get(k);
        }
        return v;
    }

    static double homeAlly(double[] vector) {
        return vector[AlignmentClass.HOME.ordinal()] + vector[AlignmentClass.ALLY.ordinal()];
    }

    static double total(double[] vector) {
        double sum = 0;
        for (double v : vector) {
            sum += v;
        }
        return sum;
    }

    /** Fleet units share of each system; equal weights when fleet.csv is empty. */
    private double[] weights(List<FleetHolding> fleet) {
        double[] weight = new double[network.systemCount()];
        double total = 0;
        for (FleetHolding holding : fleet) {
            weight[network.getSystem(holding.systemId())] += holding.units();
            total += holding.units();
        }
        if (total <= 0) {
            java.util.Arrays.fill(weight, 1.0 / Math.max(1, weight.length));
        } else {
            for (int y = 0; y < weight.length; y++) {
                weight[y] /= total;
            }
        }
        return weight;
    }

    /** The candidates of a part, in id order. */
    List<Candidate> candidatesOf(int part) {
        return candidates.stream().filter(c -> c.part() == part).toList();
    }

    /** Indexes of the sources that may carry volume in a plan: qualified ones and candidates' sources. */
    List<Integer> options(int part) {
        List<Integer> options = new ArrayList<>();
        for (int n = network.sourceStart(part); n < network.qualifiedSourceEnd(part); n++) {
            options.add(n);
        }
        Set<Integer> seen = new HashSet<>(options);
        for (Candidate c : candidatesOf(part)) {
            if (seen.add(c.source())) {
                options.add(c.source());
            }
        }
        return options;
    }

    PartId partId(int part) {
        return network.partId(part);
    }
}
