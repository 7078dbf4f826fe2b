package dev.kizuna.disruption;

import dev.kizuna.network.SupplyNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of site events that sweeps and cut sets range over (spec 3.8). Every site belongs to
 * exactly one event of each basis: itself, its direct owner, its location country, its control country.
 */
public enum EventBasis {
    SITE, ORG, COUNTRY, CONTROL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EventBasis> parse(String text) {
        for (EventBasis basis : values()) {
            if (basis.key().equals(text)) {
                return Optional.of(basis);
            }
        }
        return Optional.empty();
    }

    /** Number of event slots: sites, organizations or countries of the network. */
    public int eventCount(SupplyNetwork net) {
        return switch (this) {
            case SITE -> net.siteCount();
            case ORG -> net.organizationCount();
            case COUNTRY, CONTROL -> net.countryCount();
        };
    }

    /** The slot of the event of this basis that knocks out the site. */
    public int eventOf(SupplyNetwork net, int site) {
        return switch (this) {
            case SITE -> site;
            case ORG -> net.siteOrganization(site);
            case COUNTRY -> net.siteLocationCountry(site);
            case CONTROL -> net.siteControlCountry(site);
        };
    }

    public DisruptionEvent event(SupplyNetwork net, int slot) {
        return switch (this) {
            case SITE -> new DisruptionEvent.SiteDown(net.siteId(slot));
            case ORG -> new DisruptionEvent.OrganizationDown(net.organizationId(slot));
            case COUNTRY -> new DisruptionEvent.CountryDown(net.countryCode(slot));
            case CONTROL -> new DisruptionEvent.ControlDown(net.countryCode(slot));
        };
    }

    public String eventKey(SupplyNetwork net, int slot) {
        return key() + ":" + switch (this) {
            case SITE -> net.siteKey(slot);
            case ORG -> net.organizationKey(slot);
            case COUNTRY, CONTROL -> net.countryKey(slot);
        };
    }

    /**
     * The events of this basis that knock out at least one site, in key order: every site, every
     * organization owning a site directly, every country where a site is located or controlled from.
     */
    public List<DisruptionEvent> events(SupplyNetwork net) {
        boolean[] used = new boolean[eventCount(net)];
        for (int s = 0; s < net.siteCount(); s++) {
            used[eventOf(net, s)] = true;
        }
        List<DisruptionEvent> events = new ArrayList<>();
        for (int slot = 0; slot < used.length; slot++) {
            if (used[slot]) {
                events.add(event(net, slot));
            }
        }
        return events;
    }

    /** Slot of the event in this basis, empty when the event is of another kind or names an unknown id. */
    public java.util.OptionalInt slotOf(SupplyNetwork net, DisruptionEvent event) {
        return switch (event) {
            case DisruptionEvent.SiteDown e when this == SITE -> net.findSite(e.site());
            case DisruptionEvent.OrganizationDown e when this == ORG -> net.findOrganization(e.organization());
            case DisruptionEvent.CountryDown e when this == COUNTRY -> net.findCountry(e.country());
            case DisruptionEvent.ControlDown e when this == CONTROL -> net.findCountry(e.country());
            default -> java.util.OptionalInt.empty();
        };
    }

    /** Sites of every slot as CSR arrays {start[slots + 1], sites}, sites ascending within a slot. */
    int[][] sitesBySlot(SupplyNetwork net) {
        int slots = eventCount(net);
        int[] start = new int[slots + 1];
        for (int s = 0; s < net.siteCount(); s++) {
            start[eventOf(net, s) + 1]++;
        }
        for (int k = 0; k < slots; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = Arrays.copyOf(start, slots);
        int[] sites = new int[net.siteCount()];
        for (int s = 0; s < net.siteCount(); s++) {
            sites[fill[eventOf(net, s)]++] = s;
        }
        return new int[][] {start, sites};
    }

}
