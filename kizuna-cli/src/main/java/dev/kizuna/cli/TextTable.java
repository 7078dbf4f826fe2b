package dev.kizuna.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Aligned plain-text tables for terminal reports; numeric columns are right-aligned. */
public final class TextTable {
    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** Headers ending in ">" are right-aligned (numbers); the marker is not printed. */
    public TextTable(String... headers) {
        this.rightAligned = new boolean[headers.length];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < headers.length; c++) {
            rightAligned[c] = headers[c].endsWith(">");
            names.add(rightAligned[c] ? headers[c].substring(0, headers[c].length() - 1) : headers[c]);
        }
        this.headers = List.copyOf(names);
    }

    /** Marks columns (0-based) as numeric. */
    public TextTable right(int... columns) {
        for (int c : columns) {
            rightAligned[c] = true;
        }
        return this;
    }

    /** A row; missing trailing cells and nulls print empty. */
    public TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            row.add(c < cells.length && cells[c] != null ? cells[c].toString() : "");
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out) {
        print(out, "");
    }

    public void print(PrintWriter out, String indent) {
        int[] width = new int[headers.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = headers.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        out.println(indent + format(headers, width));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        out.println(indent + rule);
        for (List<String> row : rows) {
            out.println(indent + format(row, width));
        }
    }

    private String format(List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 0 ? "" : "  ").append(rightAligned[c] ? pad + cell : cell + (c == width.length - 1 ? "" : pad));
        }
        return line.toString().stripTrailing();
    }

    /**
     * At most {@code max} items joined by commas, then "+N more": a cell listing hundreds of
     * systems would make the table unreadable; JSON output keeps the full list.
     */
    public static String list(List<String> items, int max) {
        if (items.isEmpty()) {
            return "-";
        }
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + " +" + (items.size() - max) + " more";
    }

    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    public static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    public static String fraction(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Probabilities span many orders of magnitude: six significant digits, exact 0 as "0". */
    public static String probability(double value) {
        return value == 0 ? "0" : String.format(Locale.ROOT, "%.6g", value);
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }
}
