package dev.kizuna.screening;

import java.util.Arrays;
import java.util.List;

/**
 * Similarity of two organization names in [0, 1]. Both names are normalized first
 * ({@link NameNormalizer}); equal normalized names score exactly 1 (an exact match). Otherwise the
 * score is the larger of the Levenshtein ratios (1 - edit distance / longer length) of
 * <ul>
 *   <li>the tokens joined without spaces, so "Thames Bridge Data Links" and "Thamesbridge Datalinks"
 *   agree, and</li>
 *   <li>the tokens sorted alphabetically, then joined, so word order does not matter;</li>
 * </ul>
 * capped at 0.99 so that only equal normalized names are exact.
 *
 * <p>Names shorter than {@link #MIN_FUZZY_LENGTH} characters after normalization only match exactly:
 * an edit ratio of two short acronyms says little.
 *
 * <p>Why not Jaro-Winkler or token-set ratios: on the hand-labelled list of the tests, Jaro-Winkler
 * gave near-miss names that share a prefix ("Tsubasa" and "Tsubame", "Ardent" and "Argent") scores
 * above 0.95, and token-set ratios give 1 whenever one name's tokens are a subset of the other's
 * ("Brightwell Compute" in "Brightwell Edge Compute"); both made far more false matches at the same
 * recall (numbers in docs/planning.md).
 */
public final class NameSimilarity {
    public static final int MIN_FUZZY_LENGTH = 4;
    static final double BELOW_EXACT = 0.99;

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
        if (tokensA.equals(tokensB)) {
            return 1;
        }
        String a = String.join("", tokensA);
        String b = String.join("", tokensB);
        if (a.length() < MIN_FUZZY_LENGTH || b.length() < MIN_FUZZY_LENGTH) {
            return 0;
        }
        double score = Math.max(ratio(a, b), ratio(sorted(tokensA), sorted(tokensB)));
        return Math.min(BELOW_EXACT, score);
    }

    private static String sorted(List<String> tokens) {
        String[] copy = tokens.toArray(String[]::new);
        Arrays.sort(copy);
        return String.join("", copy);
    }

    /** 1 - levenshtein(a, b) / max(|a|, |b|); 1 for two empty strings. */
    public static double ratio(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - levenshtein(a, b) / (double) longer;
    }

    /** Edit distance with unit-cost insertions, deletions and substitutions (two-row dynamic programme). */
    public static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
