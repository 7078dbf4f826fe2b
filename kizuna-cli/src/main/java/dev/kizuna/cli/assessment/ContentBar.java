package dev.kizuna.cli.assessment;

import dev.kizuna.content.ClassShares;
import dev.kizuna.supply.model.AlignmentClass;

/**
 * A stacked bar of class shares drawn with one letter per class, so that the mix is seen at a
 * glance in any terminal: H home, A ally, P partner, O other, C concern, ? unknown.
 */
final class ContentBar {
    static final String LEGEND = "bar: H home  A ally  P partner  O other  C concern  ? unknown";
    private static final char[] SYMBOLS = {'H', 'A', 'P', 'O', 'C', '?'};

    private ContentBar() {
    }

    /** Largest-remainder rounding keeps the bar exactly {@code width} wide. */
    static String of(ClassShares shares, int width) {
        AlignmentClass[] classes = AlignmentClass.values();
        int[] cells = new int[classes.length];
        double[] remainder = new double[classes.length];
        int used = 0;
        double total = shares.total();
        if (total <= 0) {
            return "[" + " ".repeat(width) + "]";
        }
        for (int k = 0; k < classes.length; k++) {
            double exact = width * shares.get(classes[k]) / total;
            cells[k] = (int) Math.floor(exact);
            remainder[k] = exact - cells[k];
            used += cells[k];
        }
        while (used < width) {
            int best = 0;
            for (int k = 1; k < classes.length; k++) {
                if (remainder[k] > remainder[best]) {
                    best = k;
                }
            }
            cells[best]++;
            remainder[best] = -1;
            used++;
        }
        StringBuilder bar = new StringBuilder("[");
        for (int k = 0; k < classes.length; k++) {
            bar.append(String.valueOf(SYMBOLS[k]).repeat(cells[k]));
        }
        return bar.append(']').toString();
    }
}
