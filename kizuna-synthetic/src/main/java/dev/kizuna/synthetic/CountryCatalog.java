package dev.kizuna.synthetic;

import dev.kizuna.supply.model.Alignment;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.CountryCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The countries the generator places organizations and sites in, with illustrative weights per
 * sector (primes mostly at home and in the US, part makers spread over East Asia, materials
 * concentrated in China), centroids for coordinates and yearly disruption figures.
 */
final class CountryCatalog {
    record Profile(CountryCode code, String name, String region, double latitude, double longitude,
                   int primeWeight, int makerWeight, int materialWeight, double disruptionProbability,
                   double ttrWeeks) {
        int weight(Sector sector) {
            return switch (sector) {
                case PRIME -> primeWeight;
                case MAKER -> makerWeight;
                case MATERIAL -> materialWeight;
            };
        }
    }

    static final CountryCode HOME = code("JP");
    static final Alignment ALIGNMENT = new Alignment(HOME, Set.of(code("US")),
            Set.of(codes("AU", "GB", "FR", "DE", "IT", "NL", "CA", "KR", "TW", "SG", "IN", "PH", "CH", "SE", "FI",
                    "NO", "DK", "BE", "ES", "PL", "CZ", "IL", "NZ")),
            Set.of(codes("CN", "RU", "KP", "IR")));

    /** Sorted by code, so that countries.csv comes out sorted without a sort. */
    private static final List<Profile> PROFILES = List.of(
            profile("AU", "Australia", "Oceania", -25.3, 133.8, 2, 1, 8, 0.01, 8),
            profile("BR", "Brazil", "South America", -14.2, -51.9, 0, 0, 3, 0.03, 12),
            profile("CA", "Canada", "North America", 56.1, -106.3, 1, 1, 3, 0.01, 8),
            profile("CH", "Switzerland", "Europe", 46.8, 8.2, 1, 1, 0, 0.005, 6),
            profile("CL", "Chile", "South America", -30.0, -71.0, 0, 0, 3, 0.04, 16),
            profile("CN", "China", "East Asia", 32.0, 112.0, 0, 20, 40, 0.06, 26),
            profile("CZ", "Czechia", "Europe", 49.8, 15.5, 0, 1, 0, 0.01, 8),
            profile("DE", "Germany", "Europe", 51.2, 10.4, 3, 4, 2, 0.01, 8),
            profile("FI", "Finland", "Europe", 61.9, 25.7, 0, 1, 1, 0.01, 8),
            profile("FR", "France", "Europe", 46.2, 2.2, 4, 2, 1, 0.01, 8),
            profile("GB", "United Kingdom", "Europe", 53.0, -1.5, 3, 2, 1, 0.01, 8),
            profile("ID", "Indonesia", "Southeast Asia", -2.0, 113.9, 0, 0, 3, 0.05, 16),
            profile("IL", "Israel", "Middle East", 31.0, 34.9, 2, 2, 0, 0.05, 12),
            profile("IN", "India", "South Asia", 21.0, 78.0, 1, 2, 2, 0.03, 12),
            profile("IR", "Iran", "Middle East", 32.4, 53.7, 0, 0, 1, 0.15, 52),
            profile("IT", "Italy", "Europe", 42.8, 12.5, 1, 1, 0, 0.02, 8),
            profile("JP", "Japan", "East Asia", 36.2, 138.3, 50, 22, 12, 0.03, 12),
            profile("KR", "South Korea", "East Asia", 36.5, 127.9, 3, 6, 2, 0.02, 8),
            profile("MX", "Mexico", "North America", 23.6, -102.6, 0, 2, 1, 0.03, 12),
            profile("MY", "Malaysia", "Southeast Asia", 4.2, 102.0, 0, 2, 2, 0.03, 12),
            profile("NL", "Netherlands", "Europe", 52.1, 5.3, 0, 2, 0, 0.01, 6),
            profile("NO", "Norway", "Europe", 60.5, 8.5, 0, 0, 1, 0.01, 8),
            profile("PH", "Philippines", "Southeast Asia", 12.9, 121.8, 0, 1, 1, 0.05, 12),
            profile("PL", "Poland", "Europe", 51.9, 19.1, 1, 1, 0, 0.02, 8),
            profile("RU", "Russia", "Eurasia", 56.0, 60.0, 0, 1, 3, 0.12, 52),
            profile("SE", "Sweden", "Europe", 60.1, 18.6, 1, 1, 1, 0.01, 8),
            profile("SG", "Singapore", "Southeast Asia", 1.35, 103.8, 0, 1, 0, 0.01, 6),
            profile("TH", "Thailand", "Southeast Asia", 15.9, 101.0, 0, 2, 1, 0.04, 12),
            profile("TR", "Turkey", "Middle East", 39.0, 35.2, 0, 1, 0, 0.05, 16),
            profile("TW", "Taiwan", "East Asia", 23.7, 121.0, 1, 9, 1, 0.05, 16),
            profile("US", "United States", "North America", 39.8, -98.6, 25, 14, 8, 0.01, 8),
            profile("VN", "Vietnam", "Southeast Asia", 16.0, 107.5, 0, 3, 1, 0.04, 12));

    private final int[][] cumulative = new int[Sector.values().length][];

    CountryCatalog() {
        for (Sector sector : Sector.values()) {
            int[] sums = new int[PROFILES.size()];
            int total = 0;
            for (int i = 0; i < PROFILES.size(); i++) {
                total += PROFILES.get(i).weight(sector);
                sums[i] = total;
            }
            cumulative[sector.ordinal()] = sums;
        }
    }

    private static CountryCode code(String code) {
        return new CountryCode(code);
    }

    private static CountryCode[] codes(String... codes) {
        CountryCode[] result = new CountryCode[codes.length];
        for (int i = 0; i < codes.length; i++) {
            result[i] = code(codes[i]);
        }
        return result;
    }

    private static Profile profile(String code, String name, String region, double latitude, double longitude,
                                   int prime, int maker, int material, double probability, double ttrWeeks) {
        return new Profile(code(code), name, region, latitude, longitude, prime, maker, material, probability,
                ttrWeeks);
    }

    int size() {
        return PROFILES.size();
    }

    Profile get(int index) {
        return PROFILES.get(index);
    }

    /** A country index drawn by the sector's weights. */
    int draw(SplittableRandom random, Sector sector) {
        int[] sums = cumulative[sector.ordinal()];
        int target = random.nextInt(sums[sums.length - 1]);
        int low = 0;
        int high = sums.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sums[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** A country index of the given alignment class, drawn by the maker weights (any member if all weigh 0). */
    int drawOfClass(SplittableRandom random, AlignmentClass alignmentClass) {
        List<Integer> members = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < PROFILES.size(); i++) {
            if (ALIGNMENT.classOf(PROFILES.get(i).code()) == alignmentClass) {
                members.add(i);
                total += PROFILES.get(i).makerWeight();
            }
        }
        if (members.isEmpty()) {
            throw new IllegalStateException("no catalog country of class " + alignmentClass);
        }
        if (total == 0) {
            return members.get(random.nextInt(members.size()));
        }
        int target = random.nextInt(total);
        for (int index : members) {
            target -= PROFILES.get(index).makerWeight();
            if (target < 0) {
                return index;
            }
        }
        throw new AssertionError("weights changed during the draw");
    }

    int indexOf(CountryCode code) {
        for (int i = 0; i < PROFILES.size(); i++) {
            if (PROFILES.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not in the catalog: " + code);
    }
}
