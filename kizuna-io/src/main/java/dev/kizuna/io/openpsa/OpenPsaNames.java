package dev.kizuna.io.openpsa;

/**
 * Maps Kizuna's free-text gate and event names ({@code site:S-1}, {@code source:drone@jp1}) to Open-PSA
 * identifiers, which allow neither ':' nor '.' and no "--": the kind, a hyphen, then the id with every
 * character other than an ASCII letter or digit written as {@code _hex_}. The map is injective
 * (the escaped part never holds a hyphen), so names never collide; the original name is also kept
 * in a {@code kizuna-id} attribute so that reading the file back gives Kizuna's names.
 */
public final class OpenPsaNames {
    public static final String ID_ATTRIBUTE = "kizuna-id";

    private OpenPsaNames() {
    }

    public static String identifier(String name) {
        int colon = name.indexOf(':');
        String kind = colon > 0 && name.substring(0, colon).chars().allMatch(Character::isLetter)
                ? name.substring(0, colon) : "";
        String rest = kind.isEmpty() ? name : name.substring(colon + 1);
        StringBuilder out = new StringBuilder(kind.isEmpty() ? "x-" : kind + "-");
        rest.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.appendCodePoint(c);
            } else {
                out.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return out.toString();
    }
}
