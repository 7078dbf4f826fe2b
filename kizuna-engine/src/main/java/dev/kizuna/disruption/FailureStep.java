package dev.kizuna.disruption;

import java.util.List;

/**
 * One part along a failure chain: why none of the sources considered at this step can deliver it.
 *
 * @param part             the part id
 * @param partKnockedOut   a {@code part:} event removed it outright
 * @param sitesKnockedOut  sources considered whose site is knocked out, by site id
 * @param sitesStarved     sources considered whose site is up but that miss a component, by site id
 * @param restrictedTo     when the previous step's bill row has an approved list, the approved sites
 *                         considered here; empty when every qualified source of the part counts
 */
public record FailureStep(String part, boolean partKnockedOut, List<String> sitesKnockedOut,
                          List<String> sitesStarved, List<String> restrictedTo) {
    public FailureStep {
        sitesKnockedOut = List.copyOf(sitesKnockedOut);
        sitesStarved = List.copyOf(sitesStarved);
        restrictedTo = List.copyOf(restrictedTo);
    }
}
