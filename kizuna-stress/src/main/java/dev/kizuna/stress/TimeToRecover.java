package dev.kizuna.stress;

import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.network.SupplyNetwork;

import java.util.Collection;
import java.util.OptionalInt;

/**
 * The time to recover of events (spec 3.9), NaN when none is known. A site has its own
 * {@code ttr_weeks}; a country its countries.csv value, else the largest of its sites; an
 * organization or a control country the largest of the sites it knocks out (they recover when the
 * slowest one does); a part event has none. Several events: the largest known one.
 */
public final class TimeToRecover {
    private TimeToRecover() {
    }

    public static double of(SupplyNetwork network, Collection<? extends DisruptionEvent> events) {
        double ttr = Double.NaN;
        for (DisruptionEvent event : events) {
            ttr = max(ttr, of(network, event));
        }
        return ttr;
    }

    public static double of(SupplyNetwork network, DisruptionEvent event) {
        return switch (event) {
            case DisruptionEvent.SiteDown e -> {
                OptionalInt site = network.findSite(e.site());
                yield site.isPresent() ? network.siteTtrWeeks(site.getAsInt()) : Double.NaN;
            }
            case DisruptionEvent.OrganizationDown e -> {
                OptionalInt org = network.findOrganization(e.organization());
                double ttr = Double.NaN;
                if (org.isPresent()) {
                    int o = org.getAsInt();
                    for (int k = network.organizationSiteStart(o); k < network.organizationSiteEnd(o); k++) {
                        ttr = max(ttr, network.siteTtrWeeks(network.organizationSite(k)));
                    }
                }
                yield ttr;
            }
            case DisruptionEvent.CountryDown e -> {
                OptionalInt country = network.findCountry(e.country());
                if (country.isEmpty()) {
                    yield Double.NaN;
                }
                double own = network.countryTtrWeeks(country.getAsInt());
                yield Double.isNaN(own) ? largestSiteTtr(network, country.getAsInt(), false) : own;
            }
            case DisruptionEvent.ControlDown e -> {
                OptionalInt country = network.findCountry(e.country());
                yield country.isEmpty() ? Double.NaN : largestSiteTtr(network, country.getAsInt(), true);
            }
            case DisruptionEvent.PartDown e -> Double.NaN;
        };
    }

    private static double largestSiteTtr(SupplyNetwork network, int country, boolean control) {
        double ttr = Double.NaN;
        for (int s = 0; s < network.siteCount(); s++) {
            int c = control ? network.siteControlCountry(s) : network.siteLocationCountry(s);
            if (c == country) {
                ttr = max(ttr, network.siteTtrWeeks(s));
            }
        }
        return ttr;
    }

    private static double max(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : Math.max(a, b);
    }
}
