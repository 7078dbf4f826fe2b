package dev.kizuna.cli.stress;

import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.stress.lp.Binding;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The text report of {@code kizuna stress}: ranking, nodes that outlast their survival, and why. */
final class StressText {
    private StressText() {
    }

    static void print(SupplyNetwork network, List<ScenarioOutcome> outcomes, double horizonWeeks, int top,
                      PrintWriter out) {
        String currency = network.manifest().currency();
        out.printf(Locale.ROOT, "Stress test of %s: %d scenario(s); TTS capped at %s weeks; impact in %s%n%n",
                network.manifest().name(), outcomes.size(), number(horizonWeeks), currency);
        int shown = Math.min(top, outcomes.size());
        out.printf(Locale.ROOT, "%4s  %-28s %8s %9s %8s %14s %6s  %s%n", "rank", "events", "TTR", "TTS", "gap",
                "impact", "REI", "lost units");
        for (int i = 0; i < shown; i++) {
            ScenarioOutcome o = outcomes.get(i);
            out.printf(Locale.ROOT, "%4d  %-28s %8s %9s %8s %14s %6s  %s%n", i + 1, String.join(" ", o.events()),
                    o.hasTtr() ? number(o.ttrWeeks()) : "-",
                    (o.ttsCapped() ? ">=" : "") + number(o.ttsWeeks()),
                    o.hasTtr() ? number(o.survivalGapWeeks()) : "-",
                    o.hasTtr() ? money(o.performanceImpact()) : "-",
                    Double.isNaN(o.riskExposureIndex()) ? "-" : String.format(Locale.ROOT, "%.3f", o.riskExposureIndex()),
                    lost(o));
        }
        if (shown < outcomes.size()) {
            out.printf(Locale.ROOT, "... %d more (--top N, or --format json for all)%n", outcomes.size() - shown);
        }
        List<ScenarioOutcome> short_ = outcomes.stream().filter(o -> o.hasTtr() && o.survivalGapWeeks() > 0).toList();
        out.printf(Locale.ROOT, "%n%d scenario(s) outlast their time to survive (TTS < TTR)%s%n", short_.size(),
                short_.isEmpty() ? "." : ":");
        short_.stream().sorted((a, b) -> Double.compare(b.survivalGapWeeks(), a.survivalGapWeeks()))
                .limit(top)
                .forEach(o -> out.printf(Locale.ROOT, "  %-28s TTS %s < TTR %s weeks: short by %s weeks%n",
                        String.join(" ", o.events()), number(o.ttsWeeks()), number(o.ttrWeeks()),
                        number(o.survivalGapWeeks())));
        long noTtr = outcomes.stream().filter(o -> !o.hasTtr()).count();
        if (noTtr > 0) {
            out.printf(Locale.ROOT, "%d scenario(s) have no TTR (no ttr_weeks, no --ttr-weeks): TTS only.%n", noTtr);
        }
        out.printf(Locale.ROOT, "%nWhy (top %d):%n", Math.min(shown, 5));
        for (int i = 0; i < Math.min(shown, 5); i++) {
            explain(outcomes.get(i), currency, out);
        }
        out.println("Unmapped parts (no qualified source) count as always available; touched systems only "
                + "(see docs/stress.md).");
        out.flush();
    }

    private static void explain(ScenarioOutcome o, String currency, PrintWriter out) {
        out.printf(Locale.ROOT, "  %s (touches %s)%n", String.join(" ", o.events()),
                o.touchedSystems().isEmpty() ? "no system" : String.join(", ", o.touchedSystems()));
        ScenarioOutcome.Explanation why = o.explanation();
        if (!why.stoppedProduction().isEmpty()) {
            List<String> stopped = why.stoppedProduction();
            out.printf(Locale.ROOT, "    production stops: %s%s%n",
                    String.join(", ", stopped.subList(0, Math.min(8, stopped.size()))),
                    stopped.size() > 8 ? " and " + (stopped.size() - 8) + " more" : "");
        }
        if (o.ttsCapped()) {
            out.println("    survives the whole horizon");
        } else {
            out.printf(Locale.ROOT, "    at TTS %s weeks these give out first (weeks gained per extra unit):%n",
                    number(o.ttsWeeks()));
            why.survivalLimits().forEach(b -> out.printf(Locale.ROOT, "      %s  (%s)%n", b.describe(),
                    number(b.shadowPrice())));
        }
        if (!why.impactLimits().isEmpty()) {
            out.printf(Locale.ROOT, "    over TTR %s weeks the loss is capped by (%s saved per extra unit):%n",
                    number(o.ttrWeeks()), currency);
            why.impactLimits().forEach(b -> out.printf(Locale.ROOT, "      %s  (%s)%n", b.describe(),
                    number(b.shadowPrice())));
        }
    }

    private static String lost(ScenarioOutcome o) {
        return o.lostUnits().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + "=" + number(e.getValue())).collect(Collectors.joining(" "));
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String money(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }
}
