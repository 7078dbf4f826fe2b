package dev.kizuna.synthetic;

import dev.kizuna.supply.model.Dataset;
import java.util.SplittableRandom;

/**
 * Generates a synthetic but realistically shaped drone and counter-UAS supply network that is
 * valid under the kizuna/1 contract. Equal settings give an equal dataset: every draw comes from
 * streams split off the seed in a fixed order, and output follows array order, never hash order.
 * See docs/generator.md for the shape and its statistics.
 */
public final class NetworkGenerator {
    private NetworkGenerator() {
    }

    public static Dataset generate(GeneratorSettings settings) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        // One stream per stage, so that changing one stage does not reshuffle the others.
        SplittableRandom organizationRandom = root.split();
        SplittableRandom sourceRandom = root.split();
        SplittableRandom bomRandom = root.split();
        SplittableRandom economicsRandom = root.split();
        SplittableRandom recordRandom = root.split();

        CountryCatalog countries = new CountryCatalog();
        TierLayout layout = TierLayout.of(settings.parts(), settings.systems(), settings.tiers());
        OrganizationNetwork network = new OrganizationNetwork(settings, countries, organizationRandom);
        SourcePlan sources = new SourcePlan(layout, network, sourceRandom);
        BomPlan bom = new BomPlan(layout, sources, bomRandom);
        Economics economics = new Economics(layout, bom, settings.systems(), economicsRandom);
        return new DatasetAssembler(settings, countries, layout, network, sources, bom, economics, recordRandom)
                .assemble();
    }
}
