package dev.kizuna.matchmaking;

import dev.kizuna.exposure.Reachability;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.sourcing.Offer;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.Organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pairs buyers with sellers. A buyer is the organization whose site makes a system's top part (the
 * prime); its at-risk parts are the parts its systems reach (spec 3.6) that have volume from a
 * country of concern (on either basis), a single qualified source, or a country HHI at or above the
 * threshold. A seller is an offer covering the part, by id (fit 1.0) or by category (fit 0.7), from a
 * site that is not already a qualified source of it.
 *
 * <p>Risk reduction, in [0, 1], assumes the seller is qualified and takes an equal share 1/(n+1) of a
 * part with n qualified sources: 0.5 * (concern share the seller could take over: all of it when the
 * seller's site is not of concern on either basis) + 0.25 * (relative drop of the country HHI)
 * + 0.25 * (1 when it turns a single source into two). Feasibility = export factor
 * ({@link ExportFeasibility}) * lead-time factor 1 / (1 + days / 180) (0.8 when absent) * readiness / 9
 * (0.5 when absent). Pairs with no risk reduction or no feasibility are left out.
 */
public final class Matchmaker {
    private Matchmaker() {
    }

    public static List<MatchPair> match(Dataset dataset, SupplyNetwork network, List<Offer> offers, double hhiThreshold) {
        Map<String, Organization> organizations = new HashMap<>();
        dataset.organizations().forEach(o -> organizations.put(o.id().value(), o));
        // (buyer, part) -> systems, sorted for determinism
        TreeMap<String, TreeMap<Integer, TreeSet<String>>> atRisk = new TreeMap<>();
        Reachability reachability = new Reachability(network);
        for (int y = 0; y < network.systemCount(); y++) {
            int top = network.systemTopPart(y);
            TreeSet<String> buyers = new TreeSet<>();
            for (int n = network.sourceStart(top); n < network.qualifiedSourceEnd(top); n++) {
                if (network.sourceShare(n) > 0) {
                    buyers.add(network.organizationKey(network.siteOrganization(network.sourceSite(n))));
                }
            }
            reachability.explore(y);
            for (int part : reachability.reachableParts()) {
                if (part == top || risks(network, part, hhiThreshold).isEmpty()) {
                    continue;
                }
                for (String buyer : buyers) {
                    atRisk.computeIfAbsent(buyer, b -> new TreeMap<>())
                            .computeIfAbsent(part, p -> new TreeSet<>()).add(network.systemKey(y));
                }
            }
        }
        List<MatchPair> pairs = new ArrayList<>();
        for (var byBuyer : atRisk.entrySet()) {
            Organization buyer = organizations.get(byBuyer.getKey());
            String buyerCountry = buyer.country().value();
            AlignmentClass buyerClass = dataset.manifest().alignment().classOf(buyer.country());
            for (var byPart : byBuyer.getValue().entrySet()) {
                int part = byPart.getKey();
                for (Offer offer : offers) {
                    if (!offer.covers(network.partId(part), network.partCategory(part))) {
                        continue;
                    }
                    int site = network.getSite(offer.siteId());
                    if (isQualifiedSource(network, part, site)) {
                        continue;
                    }
                    double reduction = riskReduction(network, part, site);
                    String sellerCountry = network.countryKey(network.siteLocationCountry(site));
                    ExportFeasibility.Assessment export = ExportFeasibility.assess(offer.exportControl(),
                            sellerCountry, buyerCountry, buyerClass);
                    double lead = offer.findLeadTimeDays().isPresent() ? 1 / (1 + offer.leadTimeDays() / 180.0) : 0.8;
                    double readiness = offer.readiness() > 0 ? offer.readiness() / 9.0 : 0.5;
                    double feasibility = export.factor() * lead * readiness;
                    double fit = offer.findPartId().isPresent() ? 1.0 : 0.7;
                    double score = fit * reduction * feasibility;
                    if (score <= 0) {
                        continue;
                    }
                    Organization seller = organizations.get(offer.organizationId().value());
                    pairs.add(new MatchPair(buyer.id().value(), buyer.name(), buyerCountry, network.partKey(part),
                            network.partCategory(part), List.copyOf(byPart.getValue()),
                            risks(network, part, hhiThreshold), offer.id(), offer.organizationId().value(),
                            seller == null ? "" : seller.name(), offer.siteId().value(), sellerCountry, round(fit),
                            round(reduction), round(feasibility), offer.exportControl(), export.note(),
                            offer.findLeadTimeDays().isPresent() ? offer.leadTimeDays() : null,
                            offer.readiness() > 0 ? offer.readiness() : null, round(score)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(MatchPair::score).reversed().thenComparing(MatchPair::buyer)
                .thenComparing(MatchPair::part).thenComparing(MatchPair::offer));
        return pairs;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    /** Why a part is at risk, in a fixed order; empty when it is not. */
    public static List<String> risks(SupplyNetwork network, int part, double hhiThreshold) {
        List<String> risks = new ArrayList<>();
        if (network.isUnmapped(part)) {
            return risks;
        }
        if (concernShare(network, part) > 0) {
            risks.add("concern");
        }
        if (network.qualifiedSourceCount(part) == 1) {
            risks.add("singleSource");
        } else if (dev.kizuna.assessment.Assessment.countryHhi(network, part, Basis.LOCATION) >= hhiThreshold) {
            risks.add("highHhi");
        }
        return risks;
    }

    /** Volume share of the part from sites of concern on the location or the control basis. */
    static double concernShare(SupplyNetwork network, int part) {
        double share = 0;
        for (int n = network.sourceStart(part); n < network.qualifiedSourceEnd(part); n++) {
            int site = network.sourceSite(n);
            if (isConcern(network, site)) {
                share += network.sourceShare(n);
            }
        }
        return share;
    }

    private static boolean isConcern(SupplyNetwork network, int site) {
        return network.siteClass(site, Basis.LOCATION) == AlignmentClass.CONCERN
                || network.siteClass(site, Basis.CONTROL) == AlignmentClass.CONCERN;
    }

    private static boolean isQualifiedSource(SupplyNetwork network, int part, int site) {
        for (int n = network.sourceStart(part); n < network.qualifiedSourceEnd(part); n++) {
            if (network.sourceSite(n) == site) {
                return true;
            }
        }
        return false;
    }

    /** See the class comment: 0.5 concern take-over + 0.25 relative HHI drop + 0.25 single-source fix. */
    static double riskReduction(SupplyNetwork network, int part, int site) {
        int n = network.qualifiedSourceCount(part);
        double concern = isConcern(network, site) ? 0 : concernShare(network, part);
        double hhiBefore = dev.kizuna.assessment.Assessment.countryHhi(network, part, Basis.LOCATION);
        // the seller takes 1/(n+1); each current source keeps n/(n+1) of its share
        Map<Integer, Double> byCountry = new TreeMap<>();
        for (int s = network.sourceStart(part); s < network.qualifiedSourceEnd(part); s++) {
            byCountry.merge(network.siteLocationCountry(network.sourceSite(s)), network.sourceShare(s) * n / (n + 1.0),
                    Double::sum);
        }
        byCountry.merge(network.siteLocationCountry(site), 1.0 / (n + 1), Double::sum);
        double hhiAfter = 0;
        for (double share : byCountry.values()) {
            hhiAfter += (100 * share) * (100 * share);
        }
        double hhiDrop = hhiBefore > 0 ? Math.max(0, (hhiBefore - hhiAfter) / hhiBefore) : 0;
        double singleFix = n == 1 ? 1 : 0;
        return 0.5 * concern + 0.25 * hhiDrop + 0.25 * singleFix;
    }
}
