package dev.kizuna.screening;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScreeningTest {
    @Test
    void normalizationDropsCasePunctuationAndLegalForms() {
        assertThat(NameNormalizer.normalize("ZHUOLING SEMICONDUCTOR CO., LTD")).isEqualTo("zhuoling semiconductor");
        assertThat(NameNormalizer.normalize("Tsubasa Aero Systems K. K.")).isEqualTo("tsubasa aero system");
        assertThat(NameNormalizer.normalize("Kabushiki Kaisha Tsubasa Aero")).isEqualTo("tsubasa aero");
        assertThat(NameNormalizer.normalize("Harzmagnet G.m.b.H.")).isEqualTo("harzmagnet");
        assertThat(NameSimilarity.score("Thames Bridge Data Links Ltd", "Thamesbridge Datalinks")).isBetween(0.92, 0.99);
        assertThat(NameNormalizer.normalize("Société Générale d'Optique SA")).isEqualTo("societe generale doptique");
        assertThat(NameNormalizer.normalize("Limited Brands Co")).isEqualTo("limited brand");
        assertThat(NameNormalizer.normalize("Shenbei Drone Tech")).isEqualTo(NameNormalizer.normalize("Shenbei Drone Technologies"));
        assertThat(NameNormalizer.normalize("Company")).isEqualTo("company");
        assertThat(NameNormalizer.normalize("I.B.M. Corp")).isEqualTo("ibm");
    }

    @Test
    void levenshteinMatchesHandComputedValues() {
        assertThat(NameSimilarity.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(NameSimilarity.levenshtein("flaw", "lawn")).isEqualTo(2);
        assertThat(NameSimilarity.levenshtein("", "abc")).isEqualTo(3);
        assertThat(NameSimilarity.levenshtein("same", "same")).isZero();
        assertThat(NameSimilarity.ratio("kitten", "sitting")).isCloseTo(1 - 3 / 7.0, within(1e-12));
    }

    /** Against the textbook full-matrix recurrence, on random short words. */
    @Test
    void levenshteinAgreesWithTheFullMatrixAndIsSymmetric() {
        long seed = new java.util.Random().nextLong();
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < 2000; i++) {
            String a = word(random);
            String b = random.nextBoolean() ? mutate(a, random) : word(random);
            int expected = fullMatrix(a, b);
            assertThat(NameSimilarity.levenshtein(a, b)).as("seed " + seed + ": " + a + " / " + b).isEqualTo(expected)
                    .isEqualTo(NameSimilarity.levenshtein(b, a));
        }
    }

    private static int fullMatrix(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    private static String word(java.util.Random random) {
        int length = 1 + random.nextInt(12);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(6)));
        }
        return s.toString();
    }

    private static String mutate(String s, java.util.Random random) {
        char[] chars = s.toCharArray();
        chars[random.nextInt(chars.length)] = 'z';
        return new String(chars);
    }

    @Test
    void bandsFollowThresholds() {
        ScreeningThresholds t = ScreeningThresholds.DEFAULT;
        assertThat(t.band(1.0)).isEqualTo(MatchBand.EXACT);
        assertThat(t.band(0.92)).isEqualTo(MatchBand.MATCH);
        assertThat(t.band(0.9199)).isEqualTo(MatchBand.REVIEW);
        assertThat(t.band(0.80)).isEqualTo(MatchBand.REVIEW);
        assertThat(t.band(0.7999)).isNull();
    }

    record Labelled(String ours, String listed, boolean same) {
    }

    static List<Labelled> handLabelled() throws Exception {
        List<Labelled> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ScreeningTest.class.getResourceAsStream("/screening/hand-labelled.csv")), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cells = csv(line);
                rows.add(new Labelled(cells.get(0), cells.get(1), cells.get(2).equals("1")));
            }
        }
        return rows;
    }

    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /**
     * Precision and recall on the hand-labelled list (fictional names: variants of one entity, and
     * near-miss different entities). A pair is flagged when it reaches the band's threshold.
     */
    @Test
    void precisionAndRecallOnHandLabelledList() throws Exception {
        List<Labelled> rows = handLabelled();
        for (double threshold : new double[] {ScreeningThresholds.DEFAULT.review(), ScreeningThresholds.DEFAULT.match()}) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            List<String> errors = new ArrayList<>();
            for (Labelled row : rows) {
                double score = NameSimilarity.score(row.ours(), row.listed());
                boolean flagged = score >= threshold;
                if (flagged && row.same()) {
                    tp++;
                } else if (flagged) {
                    fp++;
                    errors.add(String.format(Locale.ROOT, "FP %.3f %s / %s", score, row.ours(), row.listed()));
                } else if (row.same()) {
                    fn++;
                    errors.add(String.format(Locale.ROOT, "FN %.3f %s / %s", score, row.ours(), row.listed()));
                }
            }
            double precision = tp / (double) (tp + fp);
            double recall = tp / (double) (tp + fn);
            String summary = String.format(Locale.ROOT, "threshold %.2f: precision %.3f recall %.3f (tp %d fp %d fn %d) %s",
                    threshold, precision, recall, tp, fp, fn, errors);
            System.out.println(summary);
            if (threshold == ScreeningThresholds.DEFAULT.review()) {
                // the review band is there to catch variants: recall first
                assertThat(recall).as(summary).isGreaterThanOrEqualTo(0.95);
                assertThat(precision).as(summary).isGreaterThanOrEqualTo(0.7);
            } else {
                // a match is reported as the listed party: precision first
                assertThat(precision).as(summary).isGreaterThanOrEqualTo(0.9);
                assertThat(recall).as(summary).isGreaterThanOrEqualTo(0.9);
            }
        }
    }

    @Test
    void subsidiaryOfListedParentIsFlaggedWithTheChain() {
        List<ScreeningParty> parties = List.of(
                new ScreeningParty("cn-parent", "Zhuoling Semiconductor Co. Ltd.", List.of(), "CN", null),
                new ScreeningParty("jp-sub", "Kaiun Electronics Trading KK", List.of(), "JP", "cn-parent"),
                new ScreeningParty("jp-sub-sub", "Kaiun Logistics KK", List.of(), "JP", "jp-sub"),
                new ScreeningParty("us-clean", "Ardent Avionics Inc.", List.of("Ardent"), "US", null));
        List<ScreeningEntry> entries = List.of(
                new ScreeningEntry(2, "Entity List (EL) - Bureau of Industry and Security", "E1", "Entity", "",
                        "ZHUOLING SEMICONDUCTOR CO., LTD", List.of("Zhuoling Semi"), "", ""),
                new ScreeningEntry(3, "Specially Designated Nationals (SDN) - Treasury Department", "E1", "Entity", "",
                        "Unrelated Holdings", List.of(), "", ""));
        List<ScreeningHit> hits = new Screener(ScreeningThresholds.DEFAULT).screen(parties, entries);
        assertThat(hits).extracting(ScreeningHit::organization, ScreeningHit::band, ScreeningHit::chain,
                        ScreeningHit::viaOwnership)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cn-parent", "exact", List.of("cn-parent"), false),
                        org.assertj.core.groups.Tuple.tuple("jp-sub", "exact", List.of("jp-sub", "cn-parent"), true),
                        org.assertj.core.groups.Tuple.tuple("jp-sub-sub", "exact",
                                List.of("jp-sub-sub", "jp-sub", "cn-parent"), true));
        assertThat(hits.get(0).listLine()).isEqualTo(2);
    }

    @Test
    void aliasesAreScreenedToo() {
        List<ScreeningParty> parties = List.of(new ScreeningParty("x", "Blue Heron Systems", List.of("Qiaoyun Power"),
                "JP", null));
        List<ScreeningEntry> entries = List.of(new ScreeningEntry(2, "EL", "1", "Entity", "", "Qiaoyun Power Co., Ltd.",
                List.of(), "", ""));
        List<ScreeningHit> hits = new Screener(ScreeningThresholds.DEFAULT).screen(parties, entries);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.ourName()).isEqualTo("Qiaoyun Power");
            assertThat(h.band()).isEqualTo("exact");
        });
    }
}
