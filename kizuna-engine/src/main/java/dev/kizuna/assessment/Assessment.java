package dev.kizuna.assessment;

import dev.kizuna.assessment.AssessmentReport.ConcernExposure;
import dev.kizuna.assessment.AssessmentReport.PartAssessment;
import dev.kizuna.assessment.AssessmentReport.SingleSourcePart;
import dev.kizuna.assessment.AssessmentReport.SystemAssessment;
import dev.kizuna.content.ClassShares;
import dev.kizuna.content.ContentRollup;
import dev.kizuna.content.FleetOrigin;
import dev.kizuna.exposure.PartPath;
import dev.kizuna.exposure.Reachability;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.ScenarioEvaluator;
import dev.kizuna.scenario.SweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.FleetHolding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * The {@code assess} analysis: content by origin (3.4), fleet origin (3.5), reachable parts with
 * their sources and concentration, single sources and concern exposures (3.6).
 */
public final class Assessment {
    private Assessment() {
    }

    /** The report plus warnings that do not belong in the contract's JSON. */
    public record Result(AssessmentReport report, List<String> warnings) {
    }

    /**
     * @param concentrationBasis basis of the country in the HHI and in single-source rows
     */
    public static Result assess(SupplyNetwork network, List<FleetHolding> fleet, Basis concentrationBasis) {
        return assess(network, fleet, concentrationBasis, LocalSweepExecutor.perProcessor());
    }

    /** What one system's exploration yields; computed on worker threads. */
    private record SystemReach(int[] reachableParts, List<ConcernExposure> exposures) {
    }

    public static Result assess(SupplyNetwork network, List<FleetHolding> fleet, Basis concentrationBasis,
                                SweepExecutor executor) {
        List<String> warnings = new ArrayList<>();
        // the two bases are independent passes over the whole network: run them side by side
        CompletableFuture<ContentRollup> controlRollup =
                CompletableFuture.supplyAsync(() -> ContentRollup.compute(network, Basis.CONTROL));
        ContentRollup byLocation = ContentRollup.compute(network, Basis.LOCATION);
        List<Integer> systemIndexes = IntStream.range(0, network.systemCount()).boxed().toList();
        List<SystemReach> reaches = executor.sweep(network, systemIndexes, Assessment::explorer, SweepProgress.NONE);
        ContentRollup byControl = controlRollup.join();
        PartSystems partSystems = new PartSystems(network.partCount());
        List<SystemAssessment> systems = new ArrayList<>();
        for (int y = 0; y < network.systemCount(); y++) {
            int top = network.systemTopPart(y);
            ClassShares location = byLocation.partContent(top);
            ClassShares control = byControl.partContent(top);
            double value = location.total();
            if (value <= 0) {
                warnings.add("system " + network.systemKey(y) + " has value 0 (no unit costs): its content shares are all 0");
            }
            for (int part : reaches.get(y).reachableParts()) {
                partSystems.add(part, y);
            }
            systems.add(new SystemAssessment(network.systemKey(y), network.systemName(y), value,
                    new AssessmentReport.Content(location.normalised(), control.normalised()),
                    1 - location.normalised().unknown(), reaches.get(y).exposures()));
        }
        List<PartAssessment> parts = new ArrayList<>();
        List<SingleSourcePart> singles = new ArrayList<>();
        int unmappedReachable = 0;
        for (int p = 0; p < network.partCount(); p++) {
            if (!partSystems.has(p)) {
                continue;
            }
            List<String> systemIds = partSystems.systemIds(p, network);
            int qualified = network.qualifiedSourceCount(p);
            unmappedReachable += qualified == 0 ? 1 : 0;
            parts.add(new PartAssessment(network.partKey(p), qualified,
                    qualified == 0 ? null : countryHhi(network, p, concentrationBasis), systemIds));
            if (qualified == 1) {
                int site = network.sourceSite(network.sourceStart(p));
                singles.add(new SingleSourcePart(network.partKey(p), network.siteKey(site),
                        network.countryKey(network.siteCountry(site, concentrationBasis)), systemIds));
            }
        }
        if (unmappedReachable > 0) {
            warnings.add(unmappedReachable + " reachable part(s) have no qualified source: their own value counts as"
                    + " unknown and the disruption analyses treat them as always available");
        }
        FleetOrigin.Result fleetOrigin = FleetOrigin.of(network, fleet, Basis.LOCATION);
        var counts = new AssessmentReport.Counts(network.organizationCount(), network.siteCount(),
                network.partCount(), network.rowCount(), network.sourceCount(), network.systemCount());
        var manifest = network.manifest();
        var report = new AssessmentReport(
                new AssessmentReport.DatasetSummary(manifest.name(), manifest.home().value(), manifest.currency(), counts),
                systems, new AssessmentReport.FleetSummary(fleetOrigin.units(), fleetOrigin.origin()), parts, singles);
        return new Result(report, List.copyOf(warnings));
    }

    /** Country concentration: sum over countries of (100 * share)^2 (spec 3.6). */
    public static double countryHhi(SupplyNetwork network, int part, Basis basis) {
        int start = network.sourceStart(part);
        int end = network.qualifiedSourceEnd(part);
        int[] countries = new int[end - start];
        double[] shares = new double[end - start];
        int distinct = 0;
        for (int n = start; n < end; n++) {
            int country = network.siteCountry(network.sourceSite(n), basis);
            int i = 0;
            while (i < distinct && countries[i] != country) {
                i++;
            }
            if (i == distinct) {
                countries[distinct++] = country;
            }
            shares[i] += network.sourceShare(n);
        }
        double hhi = 0;
        for (int i = 0; i < distinct; i++) {
            hhi += (100 * shares[i]) * (100 * shares[i]);
        }
        return hhi;
    }

    private static ScenarioEvaluator<Integer, SystemReach> explorer(SupplyNetwork network) {
        Reachability reachability = new Reachability(network);
        return system -> {
            reachability.explore(system);
            return new SystemReach(reachability.reachableParts(), concernExposures(network, reachability));
        };
    }

    private static List<ConcernExposure> concernExposures(SupplyNetwork network, Reachability reachability) {
        List<ConcernExposure> exposures = new ArrayList<>();
        int[] pairs = reachability.reachablePairs();
        // pair indexes follow (part, site) id order, so the list comes out sorted by part then site
        Arrays.sort(pairs);
        for (int pair : pairs) {
            int site = network.sourceSite(pair);
            PartPath path = null;
            for (Basis basis : Basis.values()) {
                if (network.siteClass(site, basis) == AlignmentClass.CONCERN) {
                    path = path != null ? path : new PartPath(network, reachability.path(pair));
                    exposures.add(new ConcernExposure(network.partKey(network.sourcePart(pair)), network.siteKey(site),
                            network.countryKey(network.siteCountry(site, basis)), basis.key(), path));
                }
            }
        }
        return exposures;
    }

    /** Which systems reach each part, in system order; compact int lists. */
    private static final class PartSystems {
        private final int[][] lists;
        private final int[] sizes;

        PartSystems(int parts) {
            lists = new int[parts][];
            sizes = new int[parts];
        }

        void add(int part, int system) {
            int[] list = lists[part];
            if (list == null) {
                list = new int[2];
            } else if (sizes[part] == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
            }
            list[sizes[part]++] = system;
            lists[part] = list;
        }

        boolean has(int part) {
            return sizes[part] > 0;
        }

        List<String> systemIds(int part, SupplyNetwork network) {
            List<String> ids = new ArrayList<>(sizes[part]);
            for (int i = 0; i < sizes[part]; i++) {
                ids.add(network.systemKey(lists[part][i]));
            }
            return ids;
        }
    }
}
