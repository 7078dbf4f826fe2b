package dev.kizuna.matchmaking;

import dev.kizuna.supply.model.AlignmentClass;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A deliberately simple model of how hard export control makes a cross-border sale, read from the
 * offer's {@code export_control} text. It is a first screen for arranging meetings, not legal advice:
 * <ul>
 *   <li>same country: 1.0, no export;</li>
 *   <li>buyer in a country of concern: 0, no sale is arranged;</li>
 *   <li>USML / ITAR items: 0.5, a defence-article licence (e.g. a DSP-5) is needed and takes months;</li>
 *   <li>EAR99: 1.0, no licence to allies;</li>
 *   <li>an ECCN ending in 99x (e.g. 5A991, 9A991): 0.9, anti-terrorism controls only, no licence to allies;</li>
 *   <li>any other ECCN (e.g. 9A012, 5A002): 0.75, a licence or a licence exception is needed;</li>
 *   <li>no classification given: 0.85, the seller has to classify first.</li>
 * </ul>
 * The text is read the same way whatever the seller's country: allied regimes implement the same
 * multilateral lists, which is the approximation made.
 */
public final class ExportFeasibility {
    private static final Pattern ECCN = Pattern.compile("\\b([0-9][A-E])([0-9]{3})\\b");

    private ExportFeasibility() {
    }

    public record Assessment(double factor, String note) {
    }

    public static Assessment assess(String exportControl, String sellerCountry, String buyerCountry,
                                    AlignmentClass buyerClass) {
        if (sellerCountry.equals(buyerCountry)) {
            return new Assessment(1.0, "domestic: no export");
        }
        if (buyerClass == AlignmentClass.CONCERN) {
            return new Assessment(0.0, "buyer in a country of concern: not arranged");
        }
        String text = exportControl == null ? "" : exportControl.toUpperCase(Locale.ROOT);
        if (text.contains("USML") || text.contains("ITAR")) {
            return new Assessment(0.5, "defence article (USML/ITAR): export licence needed, months");
        }
        if (text.contains("EAR99")) {
            return new Assessment(1.0, "EAR99: no licence to allies");
        }
        var eccn = ECCN.matcher(text);
        if (eccn.find()) {
            String code = eccn.group(1) + eccn.group(2);
            if (eccn.group(2).startsWith("99")) {
                return new Assessment(0.9, "ECCN " + code + ": anti-terrorism controls only, no licence to allies");
            }
            return new Assessment(0.75, "ECCN " + code + ": licence or licence exception needed");
        }
        if (text.isBlank()) {
            return new Assessment(0.85, "not classified: the seller must classify the item");
        }
        return new Assessment(0.85, "classification '" + exportControl.strip() + "' not recognised: check it");
    }
}
