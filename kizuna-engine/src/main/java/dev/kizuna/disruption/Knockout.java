package dev.kizuna.disruption;

import dev.kizuna.network.SupplyNetwork;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * A set of events resolved against a network: which sites are knocked out and which parts cannot
 * be had at all. Resolution fails with a message naming an event whose id the dataset lacks.
 */
public record Knockout(List<DisruptionEvent> events, BitSet sitesDown, BitSet partsDown) {
    public Knockout {
        events = events.stream().sorted().distinct().toList();
    }

    public boolean isSiteDown(int site) {
        return sitesDown.get(site);
    }

    public boolean isPartDown(int part) {
        return partsDown.get(part);
    }

    /** @throws IllegalArgumentException when an event names an id the network does not have */
    public static Knockout resolve(SupplyNetwork network, Collection<? extends DisruptionEvent> events) {
        BitSet sites = new BitSet(network.siteCount());
        BitSet parts = new BitSet(network.partCount());
        for (DisruptionEvent event : events) {
            switch (event) {
                case DisruptionEvent.SiteDown e -> sites.set(require(network.findSite(e.site()), e));
                case DisruptionEvent.OrganizationDown e -> {
                    int org = require(network.findOrganization(e.organization()), e);
                    for (int k = network.organizationSiteStart(org); k < network.organizationSiteEnd(org); k++) {
                        sites.set(network.organizationSite(k));
                    }
                }
                case DisruptionEvent.CountryDown e -> {
                    // a valid country with no site in the dataset knocks out nothing
                    int country = network.findCountry(e.country()).orElse(-1);
                    for (int s = 0; s < network.siteCount(); s++) {
                        if (network.siteLocationCountry(s) == country) {
                            sites.set(s);
                        }
                    }
                }
                case DisruptionEvent.ControlDown e -> {
                    // a valid country with no site in the dataset knocks out nothing
                    int country = network.findCountry(e.country()).orElse(-1);
                    for (int s = 0; s < network.siteCount(); s++) {
                        if (network.siteControlCountry(s) == country) {
                            sites.set(s);
                        }
                    }
                }
                case DisruptionEvent.PartDown e -> parts.set(require(network.findPart(e.part()), e));
            }
        }
        return new Knockout(List.copyOf(events), sites, parts);
    }

    private static int require(OptionalInt index, DisruptionEvent event) {
        if (index.isEmpty()) {
            throw new IllegalArgumentException("event " + event.key() + ": the dataset has no such "
                    + switch (event) {
                        case DisruptionEvent.SiteDown e -> "site";
                        case DisruptionEvent.OrganizationDown e -> "organization";
                        case DisruptionEvent.CountryDown e -> "country";
                        case DisruptionEvent.ControlDown e -> "control country";
                        case DisruptionEvent.PartDown e -> "part";
                    });
        }
        return index.getAsInt();
    }
}
