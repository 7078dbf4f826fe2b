package dev.kizuna.sourcing;

import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.Source;
import dev.kizuna.supply.model.SourceStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies a sourcing plan to a dataset: for each re-split part, the new volume shares by site.
 * A site with a positive share becomes (or stays) a qualified source with that share; a source that
 * was qualified and gets no share is phased out (status {@code candidate}, no share) so that the
 * qualified sources of the result are exactly those carrying volume; a site that was not a source of
 * the part is added from the offer that proposed it. Shares are rounded to 1e-9 and renormalised so
 * they sum to 1 as spec 3.2 requires. Parts not in the plan are left as they are.
 */
public final class SourcingChanges {
    private SourcingChanges() {
    }

    /**
     * @param shares part -> (site -> new share); the shares of a part must sum to 1 (within 1e-6)
     * @param offers the offers that propose the sites which are not yet sources, by (part, site)
     */
    public static Dataset apply(Dataset base, Map<PartId, Map<SiteId, Double>> shares, Map<PartSite, Offer> offers) {
        Map<PartId, Map<SiteId, Double>> normalised = new HashMap<>();
        for (var entry : shares.entrySet()) {
            normalised.put(entry.getKey(), normalise(entry.getKey(), entry.getValue()));
        }
        List<Source> sources = new ArrayList<>();
        Set<PartSite> seen = new HashSet<>();
        for (Source source : base.sources()) {
            Map<SiteId, Double> plan = normalised.get(source.partId());
            if (plan == null) {
                sources.add(source);
                continue;
            }
            seen.add(new PartSite(source.partId(), source.siteId()));
            double share = plan.getOrDefault(source.siteId(), 0.0);
            Offer offer = offers.get(new PartSite(source.partId(), source.siteId()));
            if (share > 0 && offer != null && !source.isQualified()) {
                // qualifying a listed alternative on the strength of an offer: the offer's quote wins
                sources.add(new Source(source.partId(), source.siteId(), share, SourceStatus.QUALIFIED,
                        pick(offer.capacityPerWeek(), source.capacityPerWeek()),
                        pick(offer.leadTimeDays(), source.leadTimeDays()), pick(offer.unitPrice(), source.unitPrice())));
            } else if (share > 0) {
                sources.add(new Source(source.partId(), source.siteId(), share, SourceStatus.QUALIFIED,
                        source.capacityPerWeek(), source.leadTimeDays(), source.unitPrice()));
            } else if (source.isQualified()) {
                sources.add(new Source(source.partId(), source.siteId(), Double.NaN, SourceStatus.CANDIDATE,
                        source.capacityPerWeek(), source.leadTimeDays(), source.unitPrice()));
            } else {
                sources.add(source);
            }
        }
        for (var entry : new TreeMap<>(normalised).entrySet()) {
            for (var site : new TreeMap<>(entry.getValue()).entrySet()) {
                PartSite key = new PartSite(entry.getKey(), site.getKey());
                if (site.getValue() <= 0 || seen.contains(key)) {
                    continue;
                }
                Offer offer = offers.get(key);
                if (offer == null) {
                    throw new IllegalArgumentException("no offer proposes site " + key.site() + " for part " + key.part());
                }
                sources.add(new Source(key.part(), key.site(), site.getValue(), SourceStatus.QUALIFIED,
                        offer.capacityPerWeek(), offer.leadTimeDays(), offer.unitPrice()));
            }
        }
        return new Dataset(base.manifest(), base.organizations(), base.sites(), base.parts(), base.bomLines(), sources,
                base.inventory(), base.systems(), base.fleet(), base.countries());
    }

    private static double pick(double preferred, double otherwise) {
        return Double.isNaN(preferred) ? otherwise : preferred;
    }

    /** A (part, site) pair: a source or a proposed one. */
    public record PartSite(PartId part, SiteId site) {
    }

    private static Map<SiteId, Double> normalise(PartId part, Map<SiteId, Double> shares) {
        double total = 0;
        Map<SiteId, Double> rounded = new LinkedHashMap<>();
        for (var entry : new TreeMap<>(shares).entrySet()) {
            double value = Math.round(Math.max(0, entry.getValue()) * 1e9) / 1e9;
            if (value > 0) {
                rounded.put(entry.getKey(), value);
                total += value;
            }
        }
        if (Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException("shares of part " + part + " sum to " + total + ", not 1");
        }
        // put the rounding remainder on the largest share so the sum is 1 to within 1e-12
        SiteId largest = null;
        for (var entry : rounded.entrySet()) {
            if (largest == null || entry.getValue() > rounded.get(largest)) {
                largest = entry.getKey();
            }
        }
        double remainder = 1 - total;
        rounded.put(largest, rounded.get(largest) + remainder);
        return rounded;
    }
}
