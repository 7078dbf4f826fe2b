package dev.kizuna.synthetic;

import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.OrganizationKind;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Organizations (with ownership chains that cross borders) and their sites, as parallel arrays.
 * The first organizations are fixed so that every dataset has a maker in each alignment class and
 * two foreign-controlled makers; the rest are drawn.
 */
final class OrganizationNetwork {
    /** Share of organizations (after the fixed ones) owned by another organization. */
    static final double SUBSIDIARY_SHARE = 0.25;
    static final int MAX_OWNERSHIP_DEPTH = 3;
    /** Organizations 0..4 are makers located in home, ally, partner, other and concern countries. */
    static final AlignmentClass[] FIXED_CLASSES = {
        AlignmentClass.HOME, AlignmentClass.ALLY, AlignmentClass.PARTNER, AlignmentClass.OTHER,
        AlignmentClass.CONCERN};
    static final int FIXED = 7;

    /** Countries where a few degrees of jitter around the centroid would land in the sea or abroad. */
    private static final Set<String> SMALL_COUNTRIES = Set.of("SG", "TW", "NL", "CH", "IL", "CZ", "KR", "BE", "DK");
    private static final String[] STEM_HEADS = {"Aka", "Bo", "Chi", "Da", "E", "Fu", "Ga", "Hi", "Isa", "Ka", "Lu",
        "Ma", "Na", "O", "Pa", "Ri", "Sa", "Ta", "U", "Ve", "Wa", "Ya", "Zo", "Kei", "Sho", "Mei", "Nor", "Al"};
    private static final String[] STEM_TAILS = {"ri", "ren", "to", "nis", "mo", "ra", "ku", "lex", "van", "sen",
        "tor", "mi", "ka", "dia", "no", "ta", "gen", "wave", "line", "crest"};

    final CountryCatalog countries;
    final int organizations;
    final int[] orgCountry;
    final int[] orgParent;
    final int[] orgDepth;
    final OrganizationKind[] orgKind;
    final double[] orgMargin;
    final String[] orgName;

    final int sites;
    final int[] siteOrg;
    final int[] siteCountry;
    final String[] siteName;
    final double[] latitude;
    final double[] longitude;
    final double[] siteDisruptionProbability;
    final double[] siteTtrWeeks;
    /** Site indices by {@link Sector}, in site order. */
    final int[][] pools = new int[Sector.values().length][];

    OrganizationNetwork(GeneratorSettings settings, CountryCatalog countries, SplittableRandom random) {
        this.countries = countries;
        organizations = settings.organizations();
        orgCountry = new int[organizations];
        orgParent = new int[organizations];
        orgDepth = new int[organizations];
        orgKind = new OrganizationKind[organizations];
        orgMargin = new double[organizations];
        orgName = new String[organizations];
        sites = settings.sites();
        siteOrg = new int[sites];
        siteCountry = new int[sites];
        siteName = new String[sites];
        latitude = new double[sites];
        longitude = new double[sites];
        siteDisruptionProbability = new double[sites];
        siteTtrWeeks = new double[sites];

        int primes = (int) Math.max(1, Math.min(Math.round(settings.systems() / 3.0), (organizations - FIXED) / 4));
        int materials = (int) Math.max(1, Math.round(organizations * 0.08));
        drawOrganizations(random, primes, materials);
        drawOwnership(random);
        drawSites(random);
    }

    static Sector sectorOf(OrganizationKind kind) {
        return switch (kind) {
            case PRIME -> Sector.PRIME;
            case MATERIAL -> Sector.MATERIAL;
            default -> Sector.MAKER;
        };
    }

    private void drawOrganizations(SplittableRandom random, int primes, int materials) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < organizations; i++) {
            OrganizationKind kind;
            if (i < FIXED) {
                kind = OrganizationKind.MANUFACTURER;
            } else if (i < FIXED + primes) {
                kind = OrganizationKind.PRIME;
            } else if (i < FIXED + primes + materials) {
                kind = OrganizationKind.MATERIAL;
            } else {
                double u = random.nextDouble();
                kind = u < 0.55 ? OrganizationKind.MANUFACTURER
                        : u < 0.70 ? OrganizationKind.STARTUP
                        : u < 0.90 ? OrganizationKind.DISTRIBUTOR : OrganizationKind.OTHER;
            }
            orgKind[i] = kind;
            if (i < FIXED_CLASSES.length) {
                orgCountry[i] = countries.drawOfClass(random, FIXED_CLASSES[i]);
            } else if (i == 5) {
                orgCountry[i] = countries.indexOf(CountryCatalog.HOME);
            } else if (i == 6) {
                orgCountry[i] = countries.drawOfClass(random, AlignmentClass.CONCERN);
            } else {
                orgCountry[i] = countries.draw(random, sectorOf(kind));
            }
            orgMargin[i] = random.nextDouble() < 0.08 ? Double.NaN : Draw.round(margin(random, kind), 3);
            orgName[i] = uniqueName(random, kind, i, names);
            orgParent[i] = -1;
        }
    }

    private static double margin(SplittableRandom random, OrganizationKind kind) {
        return switch (kind) {
            case PRIME -> random.nextDouble(0.04, 0.15);
            case MANUFACTURER -> random.nextDouble(0.0, 0.2);
            case STARTUP -> random.nextDouble(-0.45, 0.05);
            case DISTRIBUTOR -> random.nextDouble(0.01, 0.06);
            case MATERIAL -> random.nextDouble(-0.05, 0.3);
            case OTHER -> random.nextDouble(0.02, 0.12);
        };
    }

    private String uniqueName(SplittableRandom random, OrganizationKind kind, int index, Set<String> taken) {
        String legal = legalSuffix(countries.get(orgCountry[index]).code().value());
        for (int attempt = 0; attempt < 4; attempt++) {
            String name = Draw.pick(random, STEM_HEADS) + Draw.pick(random, STEM_TAILS) + " "
                    + Draw.pick(random, kindWords(kind)) + legal;
            if (taken.add(name)) {
                return name;
            }
        }
        String name = Draw.pick(random, STEM_HEADS) + Draw.pick(random, STEM_TAILS) + " "
                + Draw.pick(random, kindWords(kind)) + " " + (index + 1) + legal;
        taken.add(name);
        return name;
    }

    private static String[] kindWords(OrganizationKind kind) {
        return switch (kind) {
            case PRIME -> new String[] {"Aerospace", "Aero Systems", "Unmanned Systems", "Airframes"};
            case MANUFACTURER -> new String[] {"Electronics", "Precision", "Motors", "Components", "Technologies",
                "Devices", "Optics", "Power"};
            case STARTUP -> new String[] {"Robotics", "Labs", "Dynamics", "Autonomy"};
            case DISTRIBUTOR -> new String[] {"Supply", "Trading", "Distribution"};
            case MATERIAL -> new String[] {"Materials", "Metals", "Chemicals", "Mining", "Rare Earths"};
            case OTHER -> new String[] {"Holdings", "Group", "Industries", "Capital"};
        };
    }

    private static String legalSuffix(String country) {
        return switch (country) {
            case "JP" -> " K.K.";
            case "US" -> " Inc.";
            case "DE", "CH" -> " GmbH";
            case "CN", "TW", "KR" -> " Co., Ltd.";
            case "FR" -> " SAS";
            default -> " Ltd.";
        };
    }

    /** Parents always have a smaller index, so the ownership graph is a forest by construction. */
    private void drawOwnership(SplittableRandom random) {
        orgParent[5] = 4;
        orgDepth[5] = 1;
        orgParent[6] = 0;
        orgDepth[6] = 1;
        for (int i = FIXED; i < organizations; i++) {
            if (random.nextDouble() >= SUBSIDIARY_SHARE) {
                continue;
            }
            for (int attempt = 0; attempt < 8; attempt++) {
                int parent = random.nextInt(i);
                OrganizationKind kind = orgKind[parent];
                boolean owner = kind != OrganizationKind.STARTUP && kind != OrganizationKind.DISTRIBUTOR;
                if (owner && orgDepth[parent] < MAX_OWNERSHIP_DEPTH && orgCountry[parent] != orgCountry[i]) {
                    orgParent[i] = parent;
                    orgDepth[i] = orgDepth[parent] + 1;
                    break;
                }
            }
        }
    }

    private void drawSites(SplittableRandom random) {
        IntList[] byOrgSector = new IntList[Sector.values().length];
        for (Sector sector : Sector.values()) {
            byOrgSector[sector.ordinal()] = new IntList(16);
        }
        for (int org = 0; org < organizations; org++) {
            byOrgSector[sectorOf(orgKind[org]).ordinal()].add(org);
        }
        int[] sitesOfOrg = new int[organizations];
        IntList[] poolLists = new IntList[Sector.values().length];
        for (Sector sector : Sector.values()) {
            poolLists[sector.ordinal()] = new IntList(sites / 2);
        }
        for (int site = 0; site < sites; site++) {
            int org;
            int country;
            if (site < organizations) {
                org = site;
                country = orgCountry[org];
            } else {
                double u = random.nextDouble();
                Sector sector = u < 0.85 ? Sector.MAKER : u < 0.95 ? Sector.MATERIAL : Sector.PRIME;
                IntList candidates = byOrgSector[sector.ordinal()];
                org = candidates.get(Draw.skewed(random, candidates.size(), 1.5));
                country = random.nextDouble() < 0.7 ? orgCountry[org] : countries.draw(random, sector);
            }
            siteOrg[site] = org;
            siteCountry[site] = country;
            sitesOfOrg[org]++;
            String stem = orgName[org].substring(0, orgName[org].indexOf(' '));
            siteName[site] = stem + " " + countries.get(country).name() + " plant " + sitesOfOrg[org];
            CountryCatalog.Profile profile = countries.get(country);
            double spread = SMALL_COUNTRIES.contains(profile.code().value()) ? 0.4 : 3;
            latitude[site] = Draw.round(Math.max(-89, Math.min(89,
                    profile.latitude() + random.nextDouble(-spread, spread))), 4);
            longitude[site] = Draw.round(wrapLongitude(profile.longitude() + random.nextDouble(-spread, spread)), 4);
            siteDisruptionProbability[site] = random.nextDouble() < 0.05 ? Double.NaN
                    : Math.max(0.001, Draw.round(Math.min(0.5,
                            profile.disruptionProbability() * random.nextDouble(0.3, 1.5)
                                    + random.nextDouble(0, 0.02)), 3));
            siteTtrWeeks[site] = random.nextDouble() < 0.05 ? Double.NaN
                    : Math.round(Draw.logUniform(random, 1, 30));
            poolLists[sectorOf(orgKind[org]).ordinal()].add(site);
        }
        for (Sector sector : Sector.values()) {
            IntList list = poolLists[sector.ordinal()];
            int[] pool = new int[list.size()];
            for (int i = 0; i < pool.length; i++) {
                pool[i] = list.get(i);
            }
            pools[sector.ordinal()] = pool;
        }
    }

    private static double wrapLongitude(double longitude) {
        if (longitude > 180) {
            return longitude - 360;
        }
        return longitude < -180 ? longitude + 360 : longitude;
    }

    int[] pool(Sector sector) {
        return pools[sector.ordinal()];
    }
}
