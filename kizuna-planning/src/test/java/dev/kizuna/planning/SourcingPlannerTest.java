package dev.kizuna.planning;

import dev.kizuna.compliance.Binding;
import dev.kizuna.compliance.Confidence;
import dev.kizuna.compliance.Prohibition;
import dev.kizuna.compliance.Rule;
import dev.kizuna.compliance.RulePack;
import dev.kizuna.sourcing.Offer;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SourcingPlannerTest {
    private static final LocalDate DAY = LocalDate.of(2027, 1, 1);
    private static final String[] COUNTRIES = {"JP", "US", "DE", "CN"};

    static Rule noChina(String category) {
        return new Rule("no-cn-" + category, "no Chinese " + category, "test", Confidence.PRIMARY, Binding.EVERYONE,
                false, false, Set.of(category), new Prohibition(Set.of(new CountryCode("CN")), Set.of(), Set.of(),
                List.of(), Set.of(Basis.LOCATION)), null, null, List.of(), "");
    }

    static Offer offer(String id, String org, String site, String part, double cost, double weeks) {
        return new Offer(id, new OrganizationId(org), new SiteId(site), new PartId(part), "", Double.NaN, Double.NaN,
                Double.NaN, cost, weeks, "EAR99", 7);
    }

    /** One system: top part at a JP site over m leaf parts; one site per country. */
    private static DatasetBuilder base() {
        DatasetBuilder b = DatasetBuilder.jpUs();
        for (String c : COUNTRIES) {
            String org = "org-" + c.toLowerCase();
            b.organization(org, c).site("site-" + c.toLowerCase(), org, c);
        }
        b.organization("org-jp2", "JP").site("site-jp2", "org-jp2", "JP");
        b.organization("org-us2", "US").site("site-us2", "org-us2", "US");
        return b;
    }

    @Test
    void planMatchesBruteForceOverOfferSubsets() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 25; round++) {
            DatasetBuilder b = base();
            int parts = 3;
            b.part("top", 1000).source("top", "site-jp", Double.NaN).system("sys", "top");
            String[] category = new String[parts];
            double[] cost = new double[parts];
            List<List<String>> existing = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
                category[i] = i == 0 ? "fc" : "motor";
                cost[i] = 50 + random.nextInt(200);
                b.part("p" + i, category[i], cost[i]).bom("top", "p" + i, 1);
                int count = 1 + random.nextInt(2);
                List<String> countries = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    String c = COUNTRIES[random.nextInt(COUNTRIES.length)];
                    if (!countries.contains(c)) {
                        countries.add(c);
                        b.source("p" + i, "site-" + c.toLowerCase(), Double.NaN);
                    }
                }
                existing.add(countries);
            }
            List<Offer> offers = new ArrayList<>();
            List<int[]> offerMeta = new ArrayList<>(); // part, country index (0..5: JP US DE CN JP2 US2)
            String[] offerSites = {"site-jp", "site-us", "site-de", "site-cn", "site-jp2", "site-us2"};
            String[] offerCountry = {"JP", "US", "DE", "CN", "JP", "US"};
            int offerCount = 3 + random.nextInt(4);
            for (int o = 0; o < offerCount; o++) {
                int part = random.nextInt(parts);
                int site = random.nextInt(offerSites.length);
                if (existing.get(part).contains(offerCountry[site]) && site < 4) {
                    site = 4 + random.nextInt(2);
                }
                String id = "o" + o;
                boolean duplicate = false;
                for (int k = 0; k < offerMeta.size(); k++) {
                    duplicate |= offerMeta.get(k)[0] == part && offerMeta.get(k)[1] == site;
                }
                if (duplicate) {
                    continue;
                }
                double qualificationCost = 10 * (1 + random.nextInt(20));
                double weeks = 1 + random.nextInt(20);
                String org = offerSites[site].replace("site-", "org-");
                offers.add(offer(id, org, offerSites[site], "p" + part, qualificationCost, weeks));
                offerMeta.add(new int[] {part, site});
            }
            Dataset dataset = b.build();
            double contentShare = 0.5 + random.nextInt(45) / 100.0;
            double budget = 50 + random.nextInt(300);
            double byWeeks = 5 + random.nextInt(16);
            boolean rule = random.nextBoolean();
            boolean single = random.nextBoolean();
            PlanTargets targets = new PlanTargets(contentShare, Basis.LOCATION, List.of(), false,
                    single ? Set.of("motor") : Set.of(), 0.1, rule ? new RulePack("t", List.of(noChina("fc"))) : null,
                    rule ? DAY : null, budget, byWeeks);
            // churn and drop terms off (almost): the oracle compares content and cost only
            PlanWeights weights = new PlanWeights(1, 0.01, 1e-7, 0);
            SourcingPlanner.Result result = SourcingPlanner.plan(dataset, offers, targets, weights);

            // brute force: every subset of offers
            double costScale = 1;
            for (Offer o : offers) {
                costScale += o.qualificationCost();
            }
            costScale = Math.min(costScale, budget);
            double best = Double.NEGATIVE_INFINITY;
            for (int mask = 0; mask < (1 << offers.size()); mask++) {
                double spend = 0;
                boolean ok = true;
                for (int o = 0; o < offers.size(); o++) {
                    if ((mask & (1 << o)) != 0) {
                        spend += offers.get(o).qualificationCost();
                        ok &= offers.get(o).qualificationWeeks() <= byWeeks;
                    }
                }
                if (!ok || spend > budget + 1e-9) {
                    continue;
                }
                double allied = 1000 - java.util.Arrays.stream(cost).sum();
                for (int i = 0; i < parts && ok; i++) {
                    List<Boolean> options = new ArrayList<>(); // allied flag of each usable option
                    for (String c : existing.get(i)) {
                        if (!(rule && i == 0 && c.equals("CN"))) {
                            options.add(c.equals("JP") || c.equals("US"));
                        }
                    }
                    for (int o = 0; o < offers.size(); o++) {
                        if ((mask & (1 << o)) != 0 && offerMeta.get(o)[0] == i) {
                            String c = offerCountry[offerMeta.get(o)[1]];
                            if (!(rule && i == 0 && c.equals("CN"))) {
                                options.add(c.equals("JP") || c.equals("US"));
                            }
                        }
                    }
                    boolean needsTwo = single && category[i].equals("motor");
                    if (options.isEmpty() || (needsTwo && options.size() < 2)) {
                        ok = false;
                        break;
                    }
                    long alliedOptions = options.stream().filter(x -> x).count();
                    double fraction;
                    if (needsTwo) {
                        fraction = alliedOptions >= 2 ? 1 : alliedOptions == 1 ? 0.9 : 0;
                    } else {
                        fraction = alliedOptions >= 1 ? 1 : 0;
                    }
                    allied += fraction * cost[i];
                }
                if (!ok || allied < contentShare * 1000 - 1e-6) {
                    continue;
                }
                best = Math.max(best, allied / 1000 - weights.cost() * spend / costScale);
            }
            String context = "seed " + seed + " round " + round;
            if (best == Double.NEGATIVE_INFINITY) {
                assertThat(result.report().status()).as(context).isEqualTo("infeasible");
                assertThat(result.report().conflicts().targets()).as(context).isNotEmpty();
                continue;
            }
            assertThat(result.report().status()).as(context).isNotEqualTo("infeasible");
            double after = result.report().after().systems().get(0).homeAlly();
            double planned = after - weights.cost() * result.report().totals().qualificationCost() / costScale;
            assertThat(planned).as(context).isCloseTo(best, within(1e-5));
            assertThat(result.report().targets()).as(context).allMatch(t -> Boolean.TRUE.equals(t.metAfter()));
        }
    }

    @Test
    void conflictNamesExactlyTheTwoTargetsThatClash() {
        Dataset dataset = base()
                .part("top", 1000).source("top", "site-jp", Double.NaN).system("sys", "top")
                .part("fc", "fc", 100).bom("top", "fc", 1).source("fc", "site-cn", Double.NaN)
                .part("m1", "motor", 50).bom("top", "m1", 4).source("m1", "site-jp", 0.5).source("m1", "site-us", 0.5)
                .build();
        List<Offer> offers = List.of(offer("us-fc", "org-us", "site-us", "fc", 500, 4));
        PlanTargets targets = new PlanTargets(0.5, Basis.LOCATION, List.of(), false, Set.of("motor"), 0.1,
                new RulePack("t", List.of(noChina("fc"))), DAY, 100, 10);
        PlanReport report = SourcingPlanner.plan(dataset, offers, targets).report();
        assertThat(report.status()).isEqualTo("infeasible");
        assertThat(report.conflicts().targets()).containsExactlyInAnyOrder("rule:no-cn-fc", "budget");
        assertThat(report.conflicts().explanation()).anyMatch(line -> line.startsWith("without budget: feasible")
                && line.contains("us-fc"));
    }

    @Test
    void ruleTargetMovesVolumeOffTheProhibitedSiteAndReportsTheAction() {
        Dataset dataset = base()
                .part("top", 1000).source("top", "site-jp", Double.NaN).system("sys", "top")
                .part("fc", "fc", 100).bom("top", "fc", 1).source("fc", "site-cn", Double.NaN)
                .fleet("sys", "JGSDF", 10)
                .build();
        List<Offer> offers = List.of(offer("us-fc", "org-us", "site-us", "fc", 500, 4),
                offer("jp-fc", "org-jp", "site-jp", "fc", 900, 4));
        PlanTargets targets = new PlanTargets(Double.NaN, Basis.LOCATION, List.of(), false, Set.of(), 0.1,
                new RulePack("t", List.of(noChina("fc"))), DAY, 1000, Double.NaN);
        PlanReport report = SourcingPlanner.plan(dataset, offers, targets).report();
        assertThat(report.status()).isEqualTo("planned");
        assertThat(report.actions()).singleElement().satisfies(action -> {
            assertThat(action.part()).isEqualTo("fc");
            assertThat(action.qualify()).extracting(PlanReport.Qualification::offer).containsExactly("us-fc");
            assertThat(action.phaseOut()).containsExactly("site-cn");
            assertThat(action.risk().concernShareBefore()).isEqualTo(1.0);
            assertThat(action.risk().concernShareAfter()).isEqualTo(0.0);
            assertThat(action.contentEffect()).singleElement().satisfies(e ->
                    assertThat(e.percentagePoints()).isCloseTo(10.0, within(1e-6)));
        });
        assertThat(report.before().violations()).isEqualTo(1);
        assertThat(report.after().violations()).isZero();
        assertThat(report.after().systems().get(0).homeAlly()).isCloseTo(1.0, within(1e-9));
        assertThat(report.totals().qualificationCost()).isEqualTo(500);
    }
}
