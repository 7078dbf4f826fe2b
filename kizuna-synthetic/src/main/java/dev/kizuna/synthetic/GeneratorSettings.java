package dev.kizuna.synthetic;

/**
 * What to generate. The two-argument constructor scales everything else with the part count.
 *
 * @param parts number of parts, at least {@value #MIN_PARTS}
 * @param seed seed of every random draw: equal settings give an equal dataset
 * @param tiers levels of the bill of materials, 3 to 6 (top parts, assemblies, components, materials)
 * @param systems end systems, each with its own top part
 * @param sites production sites
 * @param organizations organizations owning the sites, at least {@value #MIN_ORGANIZATIONS}
 */
public record GeneratorSettings(int parts, long seed, int tiers, int systems, int sites, int organizations) {
    public static final int MIN_PARTS = 30;
    public static final int MIN_ORGANIZATIONS = 10;
    public static final int MIN_TIERS = 3;
    public static final int MAX_TIERS = 6;

    public GeneratorSettings {
        if (parts < MIN_PARTS) {
            throw new IllegalArgumentException("parts must be at least " + MIN_PARTS + ", got " + parts);
        }
        if (tiers < MIN_TIERS || tiers > MAX_TIERS) {
            throw new IllegalArgumentException("tiers must be in 3..6, got " + tiers);
        }
        if (systems < 1 || systems > parts / 4) {
            throw new IllegalArgumentException("systems must be in 1.." + parts / 4 + ", got " + systems);
        }
        if (organizations < MIN_ORGANIZATIONS) {
            throw new IllegalArgumentException(
                    "organizations must be at least " + MIN_ORGANIZATIONS + ", got " + organizations);
        }
        if (sites < organizations) {
            throw new IllegalArgumentException("sites (" + sites + ") must be at least organizations ("
                    + organizations + "): every organization has a site");
        }
    }

    /** Defaults: tiers 4, 5 or 6 by size, about sqrt(parts)/2 systems, parts/5 sites, sites/3 organizations. */
    public GeneratorSettings(int parts, long seed) {
        this(parts, seed, defaultTiers(parts), defaultSystems(parts), defaultSites(parts),
                defaultOrganizations(defaultSites(parts)));
    }

    public GeneratorSettings withTiers(int newTiers) {
        return new GeneratorSettings(parts, seed, newTiers, systems, sites, organizations);
    }

    public GeneratorSettings withSystems(int newSystems) {
        return new GeneratorSettings(parts, seed, tiers, newSystems, sites, organizations);
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(parts, newSeed, tiers, systems, sites, organizations);
    }

    static int defaultTiers(int parts) {
        if (parts < 500) {
            return 4;
        }
        return parts < 20_000 ? 5 : 6;
    }

    static int defaultSystems(int parts) {
        return (int) Math.max(2, Math.min(500, Math.round(Math.sqrt(parts) / 2)));
    }

    static int defaultSites(int parts) {
        return Math.max(15, Math.round(parts / 5.0f));
    }

    static int defaultOrganizations(int sites) {
        return Math.max(MIN_ORGANIZATIONS, Math.round(sites / 3.0f));
    }
}
