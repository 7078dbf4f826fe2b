package dev.kizuna.io.openpsa;

import dev.kizuna.risk.FaultTree;
import dev.kizuna.risk.Formula;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a fault tree in the Open-PSA Model Exchange Format: one {@code define-fault-tree} with its
 * gates, the basic events with their probabilities in {@code model-data}. And/or gates of one
 * argument are written as that argument, of none as the constant they equal, so that every gate is
 * valid for strict tools.
 */
public final class OpenPsaWriter {
    private OpenPsaWriter() {
    }

    public static void write(FaultTree tree, String description, Writer out) {
        try {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write("<opsa-mef>\n");
            out.write("  <label>" + text(description) + "</label>\n");
            out.write("  <define-fault-tree name=\"" + OpenPsaNames.identifier("tree:" + tree.name()) + "\">\n");
            for (Map.Entry<String, Formula> gate : tree.gates().entrySet()) {
                out.write("    <define-gate name=\"" + OpenPsaNames.identifier(gate.getKey()) + "\">\n");
                writeHeader(out, tree, gate.getKey(), "      ");
                writeFormula(out, gate.getValue(), "      ");
                out.write("    </define-gate>\n");
            }
            out.write("  </define-fault-tree>\n");
            out.write("  <model-data>\n");
            for (FaultTree.BasicEvent event : tree.basicEvents().values()) {
                out.write("    <define-basic-event name=\"" + OpenPsaNames.identifier(event.name()) + "\">\n");
                writeHeader(out, tree, event.name(), "      ");
                out.write("      <float value=\"" + number(event.probability()) + "\"/>\n");
                out.write("    </define-basic-event>\n");
            }
            out.write("  </model-data>\n");
            out.write("</opsa-mef>\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeHeader(Writer out, FaultTree tree, String name, String indent) throws IOException {
        String label = tree.labels().get(name);
        if (label != null) {
            out.write(indent + "<label>" + text(label) + "</label>\n");
        }
        out.write(indent + "<attributes><attribute name=\"" + OpenPsaNames.ID_ATTRIBUTE + "\" value=\""
                + text(name) + "\"/></attributes>\n");
    }

    private static void writeFormula(Writer out, Formula formula, String indent) throws IOException {
        switch (formula) {
            case Formula.And f -> writeGroup(out, "and", "", f.args(), true, indent);
            case Formula.Or f -> writeGroup(out, "or", "", f.args(), false, indent);
            case Formula.AtLeast f -> writeGroup(out, "atleast", " min=\"" + f.min() + "\"", f.args(), false, indent);
            case Formula.Not f -> {
                out.write(indent + "<not>\n");
                writeFormula(out, f.arg(), indent + "  ");
                out.write(indent + "</not>\n");
            }
            case Formula.GateRef f -> out.write(indent + "<gate name=\"" + OpenPsaNames.identifier(f.name()) + "\"/>\n");
            case Formula.EventRef f ->
                    out.write(indent + "<basic-event name=\"" + OpenPsaNames.identifier(f.name()) + "\"/>\n");
            case Formula.Constant f -> out.write(indent + "<constant value=\"" + f.value() + "\"/>\n");
        }
    }

    private static void writeGroup(Writer out, String element, String attributes, List<Formula> args,
                                   boolean emptyValue, String indent) throws IOException {
        if (args.isEmpty()) {
            out.write(indent + "<constant value=\"" + emptyValue + "\"/>\n");
            return;
        }
        if (args.size() == 1 && !element.equals("atleast")) {
            writeFormula(out, args.get(0), indent);
            return;
        }
        out.write(indent + "<" + element + attributes + ">\n");
        for (Formula arg : args) {
            writeFormula(out, arg, indent + "  ");
        }
        out.write(indent + "</" + element + ">\n");
    }

    /** Shortest text that parses back to the same double. */
    private static String number(double value) {
        return Double.toString(value).toLowerCase(Locale.ROOT);
    }

    private static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
