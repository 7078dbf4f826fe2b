package dev.kizuna.risk;

import java.util.Comparator;
import java.util.List;

/** The order of cut set lists in every report: by size, then element by element. */
public final class CutSets {
    public static final Comparator<List<String>> ORDER = (a, b) -> {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private CutSets() {
    }
}
