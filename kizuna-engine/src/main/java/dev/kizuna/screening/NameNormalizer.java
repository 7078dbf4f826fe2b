package dev.kizuna.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces an organization name to the form names are compared in: case folded, accents and
 * punctuation removed, initials joined ("K. K." and "K.K." both give "kk"), and legal-form words
 * (Co., Ltd., Inc., GmbH, K.K., Corporation, ...) dropped from both ends, where they sit in
 * English, German and Japanese romanised names alike.
 *
 * <p>Legal-form words are only dropped at the ends, never from the middle, and never when that
 * would leave nothing: "Limited Brands Co" keeps "limited brands", "Company" stays "company".
 */
public final class NameNormalizer {
    static final Set<String> LEGAL_FORMS = Set.of(
            "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "lp",
            "llp", "gmbh", "mbh", "ag", "kg", "se", "kk", "kabushiki", "kaisha", "gk", "yk", "sa", "sas", "sarl",
            "srl", "spa", "bv", "nv", "pte", "pty", "oy", "oyj", "ab", "as", "asa", "aps", "jsc", "ojsc", "pjsc", "ooo",
            "oao", "zao", "pao", "sdn", "bhd", "the");

    private NameNormalizer() {
    }

    /** The normalized name: lower-case ASCII-folded tokens separated by single spaces. */
    public static String normalize(String name) {
        return String.join(" ", tokens(name));
    }

    /** The normalized tokens, in their original order. */
    public static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                // apostrophes and dots join ("o'neil", "k.k.", "co.") rather than split
                .replaceAll("['\u2019.]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> joined = joinInitials(List.of(text.split(" ")));
        int start = 0;
        int end = joined.size();
        while (end - start > 1 && LEGAL_FORMS.contains(joined.get(end - 1))) {
            end--;
        }
        while (end - start > 1 && LEGAL_FORMS.contains(joined.get(start))) {
            start++;
        }
        return List.copyOf(joined.subList(start, end));
    }

    /** Runs of single-letter tokens become one token: "k k" is "kk", "i b m" is "ibm". */
    private static List<String> joinInitials(List<String> tokens) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String token : tokens) {
            if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
                run.append(token);
                continue;
            }
            if (!run.isEmpty()) {
                out.add(run.toString());
                run.setLength(0);
            }
            out.add(token);
        }
        if (!run.isEmpty()) {
            out.add(run.toString());
        }
        return out;
    }
}
