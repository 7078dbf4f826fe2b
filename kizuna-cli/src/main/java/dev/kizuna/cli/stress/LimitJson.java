package dev.kizuna.cli.stress;

import dev.kizuna.stress.lp.Binding;

import java.util.List;
import java.util.Locale;

/**
 * A binding constraint in JSON. kind: sourceCapacity, siteCapacity, stockRunsOut, sourceOutput,
 * pooledStock; part or site null where they do not apply.
 */
public record LimitJson(String kind, String part, String site, double shadowPrice, String description) {
    static List<LimitJson> of(List<Binding> bindings) {
        return bindings.stream().map(b -> new LimitJson(camel(b.kind().name()), b.part(), b.site(), b.shadowPrice(),
                b.describe())).toList();
    }

    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
