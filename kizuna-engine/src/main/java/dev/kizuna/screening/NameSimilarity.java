package dev.kizuna.screening;

import java.util.Arrays;
import java.util.List;

/**
 * Similarity of two organization names in [0, 1]. Both names are normalized first
 * ({@link NameNormalizer}); equal normalized names score exactly 1. Otherwise the score is the larger
 * of the Jaro-Winkler similarity of the normalized names and that of their tokens sorted
 * alphabetically, so "Orbit Sensors Nippon" and "Nippon Orbit Sensors" score 1 only when their tokens
 * agree and word order alone does not lower a score.
 *
 * <p>Names shorter than {@link #MIN_FUZZY_LENGTH} characters after normalization only match exactly:
 * Jaro-Winkler of two three-letter acronyms says little.
 *
 * <p>Token-set ratios of the fuzzywuzzy kind are not used: they give 1 whenever one name's tokens are
 * a subset of the other's ("Acme" and "Acme Drone Systems"), which on a screening list mostly makes
 * false positives.
 */
public final class NameSimilarity {
    public static final int MIN_FUZZY_LENGTH = 4;

    private NameSimilarity() {
    }

    public static double score(String nameA, String nameB) {
        return scoreNormalized(NameNormalizer.tokens(nameA), NameNormalizer.tokens(nameB));
    }

    /** Score of two token lists already normalized. */
    public static double scoreNormalized(List<String> tokensA, List<String> tokensB) {
        if (tokensA.isEmpty() || tokensB.isEmpty()) {
            return 0;
        }
        String a = String.join(" ", tokensA);
        String b = String.join(" ", tokensB);
        if (a.equals(b)) {
            return 1;
        }
        if (a.length() < MIN_FUZZY_LENGTH || b.length() < MIN_FUZZY_LENGTH) {
            return 0;
        }
        String sortedA = sorted(tokensA);
        String sortedB = sorted(tokensB);
        if (sortedA.equals(sortedB)) {
            // same words in another order: a strong match, but not an exact one
            return Math.max(jaroWinkler(a, b), 0.99);
        }
        return Math.max(jaroWinkler(a, b), jaroWinkler(sortedA, sortedB));
    }

    private static String sorted(List<String> tokens) {
        String[] copy = tokens.toArray(String[]::new);
        Arrays.sort(copy);
        return String.join(" ", copy);
    }

    /**
     * Jaro-Winkler similarity (Winkler 1990): Jaro similarity plus a bonus of 0.1 per common leading
     * character, up to four, times (1 - Jaro).
     */
    public static double jaroWinkler(String a, String b) {
        double jaro = jaro(a, b);
        int prefix = 0;
        int limit = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /**
     * Jaro similarity: m matching characters (equal and no further apart than
     * max(|a|, |b|) / 2 - 1), t half the number of matched characters out of order;
     * (m/|a| + m/|b| + (m - t)/m) / 3, and 0 when m = 0.
     */
    public static double jaro(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int outOfOrder = 0;
        int j = 0;
        for (int i = 0; i < a.length(); i++) {
            if (!matchedA[i]) {
                continue;
            }
            while (!matchedB[j]) {
                j++;
            }
            if (a.charAt(i) != b.charAt(j)) {
                outOfOrder++;
            }
            j++;
        }
        double m = matches;
        return (m / a.length() + m / b.length() + (m - outOfOrder / 2.0) / m) / 3.0;
    }
}
