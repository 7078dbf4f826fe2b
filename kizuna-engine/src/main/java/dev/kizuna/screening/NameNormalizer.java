package dev.kizuna.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces an organization name to the form names are compared in: case folded, accents and
 * punctuation removed, initials joined ("K. K." and "K.K." both give "kk"), and legal-form words
 * (Co., Ltd., Inc., GmbH, K.K., Corporation, ...) dropped from the end, and those written before a
 * name (Kabushiki Kaisha, OOO, PT, The) from the start. Tokens are put in a canonical form: common
 * abbreviations spelt out (Tech, Intl, Mfg) and a plural's final s dropped.
 *
 * <p>Legal-form words are only dropped at the ends, never from the middle, and never when that
 * would leave nothing: "Limited Brands Co" keeps "limited brands", "Company" stays "company".
 */
public final class NameNormalizer {
    static final Set<String> LEGAL_FORMS = Set.of(
            "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "lp",
            "llp", "gmbh", "mbh", "ag", "kg", "se", "kk", "kabushiki", "kaisha", "gk", "yk", "sa", "sas", "sarl",
            "srl", "spa", "bv", "nv", "pte", "pty", "oy", "oyj", "ab", "as", "asa", "aps", "jsc", "ojsc", "pjsc", "ooo",
            "oao", "zao", "pao", "sdn", "bhd", "the", "pt");
    /** Legal forms written before the name (Japanese, Russian, Indonesian usage, and "The"). */
    static final Set<String> PREFIX_FORMS = Set.of("kabushiki", "kaisha", "kk", "gk", "yk", "ooo", "oao", "zao", "pao",
            "ojsc", "pjsc", "jsc", "pt", "the");

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
        List<String> joined = joinInitials(List.of(text.split(" "))).stream().map(NameNormalizer::canonical).toList();
        int start = 0;
        int end = joined.size();
        while (end - start > 1 && LEGAL_FORMS.contains(joined.get(end - 1))) {
            end--;
        }
        while (end - start > 1 && PREFIX_FORMS.contains(joined.get(start))) {
            start++;
        }
        return List.copyOf(joined.subList(start, end));
    }

    private static final java.util.Map<String, String> ABBREVIATIONS = java.util.Map.of(
            "tech", "technology", "intl", "international", "mfg", "manufacturing", "sys", "system",
            "elec", "electronic", "eng", "engineering", "ind", "industry", "hldgs", "holding", "natl", "national");

    /**
     * A token in a canonical form: common abbreviations spelt out, and a plural's final s (or ies)
     * dropped, so "Drives" and "Drive", "Tech" and "Technologies" agree. Legal-form words are left as
     * they are, so they can still be dropped.
     */
    private static String canonical(String token) {
        if (LEGAL_FORMS.contains(token)) {
            return token;
        }
        String t = ABBREVIATIONS.getOrDefault(token, token);
        if (t.length() > 4 && t.endsWith("ies")) {
            t = t.substring(0, t.length() - 3) + "y";
        } else if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is")) {
            t = t.substring(0, t.length() - 1);
        }
        return ABBREVIATIONS.getOrDefault(t, t);
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
