package dev.kizuna.planning;

import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.sourcing.Offer;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SiteId;
import dev.kizuna.supply.model.SourceStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * TTS-at-least-TTR targets on a hand-built network. One system needs 10 motors a week; its only motor
 * source, in China, is lost for 10 weeks with no stock: TTS 0 (a moment of the loss already loses
 * units). Two offers: a cheap US one that makes 2 a week (not enough: TTS stays 0) and a German one
 * that makes 20 a week, which alone covers the 10 a week over the 10 weeks. So the only plan that
 * meets the target qualifies the German offer, and a budget below its cost cannot.
 */
class SurvivalTargetTest {
    private static final List<List<DisruptionEvent>> LOSE_CN =
            List.of(List.of(new DisruptionEvent.SiteDown(new SiteId("site-cn"))));

    private static Dataset dataset() {
        DatasetBuilder b = DatasetBuilder.jpUs();
        for (String c : List.of("JP", "US", "DE", "CN")) {
            String org = "org-" + c.toLowerCase();
            b.organization(org, c).site("site-" + c.toLowerCase(), org, c, Double.NaN, 0.1, 10);
        }
        return b.part("top", 1000).source("top", "site-jp", Double.NaN).system("sys", "top", 10, 500)
                .part("motor", "motor", 100).bom("top", "motor", 1)
                .source("motor", "site-cn", Double.NaN, SourceStatus.QUALIFIED, 20)
                .build();
    }

    private static Offer offer(String id, String country, double capacity, double cost) {
        String c = country.toLowerCase();
        return new Offer(id, new OrganizationId("org-" + c), new SiteId("site-" + c), new PartId("motor"), "", capacity,
                Double.NaN, Double.NaN, cost, 4, "EAR99", 7);
    }

    private static final List<Offer> OFFERS = List.of(offer("us-motor-small", "US", 2, 100),
            offer("de-motor", "DE", 20, 300));

    private static PlanTargets targets(double budget) {
        return new PlanTargets(Double.NaN, null, List.of(), false, java.util.Set.of(), 0.1, null, null, budget,
                Double.NaN).withSurvival(LOSE_CN, false, Double.NaN);
    }

    @Test
    void onlyTheOfferWithEnoughCapacityMeetsTheTarget() {
        PlanReport report = SourcingPlanner.plan(dataset(), OFFERS, targets(Double.NaN)).report();
        assertThat(report.status()).isEqualTo("planned");
        List<String> qualified = report.actions().stream().flatMap(a -> a.qualify().stream())
                .map(PlanReport.Qualification::offer).toList();
        assertThat(qualified).contains("de-motor");
        assertThat(report.survival()).singleElement().satisfies(check -> {
            assertThat(check.target()).isEqualTo("tts:site:site-cn");
            assertThat(check.ttrWeeks()).isEqualTo(10);
            assertThat(check.ttsWeeksBefore()).isZero();
            assertThat(check.metBefore()).isFalse();
            // with 20 a week from Germany against 10 needed, nothing runs out
            assertThat(check.ttsWeeksAfter()).isGreaterThanOrEqualTo(10);
            assertThat(check.metAfter()).isTrue();
            assertThat(check.necessaryParts()).containsExactly("motor");
        });
        assertThat(report.targets()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("tts:site:site-cn");
            assertThat(t.metBefore()).isFalse();
            assertThat(t.metAfter()).isTrue();
        });
    }

    @Test
    void withoutTheTargetThePlanPrefersTheAlliedSmallOffer() {
        // the control case: the content objective alone never pays for the German (partner) offer
        PlanTargets none = new PlanTargets(Double.NaN, null, List.of(), false, java.util.Set.of(), 0.1, null, null,
                Double.NaN, Double.NaN);
        PlanReport report = SourcingPlanner.plan(dataset(), OFFERS, none).report();
        List<String> qualified = report.actions().stream().flatMap(a -> a.qualify().stream())
                .map(PlanReport.Qualification::offer).toList();
        assertThat(qualified).doesNotContain("de-motor");
        assertThat(report.survival()).isEmpty();
    }

    @Test
    void aBudgetBelowTheOnlySufficientOfferConflictsWithTheTarget() {
        PlanReport report = SourcingPlanner.plan(dataset(), OFFERS, targets(200)).report();
        assertThat(report.status()).isEqualTo("infeasible");
        assertThat(report.conflicts().targets()).containsExactlyInAnyOrder("tts:site:site-cn", "budget");
        assertThat(report.conflicts().explanation()).anyMatch(line -> line.startsWith("without budget: feasible")
                && line.contains("de-motor"));
        assertThat(report.survival()).singleElement().satisfies(check -> {
            assertThat(check.ttsWeeksAfter()).isNull();
            assertThat(check.possible()).isTrue();
        });
    }

    @Test
    void aTargetNoOfferCanMeetIsInfeasibleOnItsOwn() {
        // only the small US offer: even with it qualified the 10 a week cannot be made
        PlanReport report = SourcingPlanner.plan(dataset(), List.of(OFFERS.get(0)), targets(Double.NaN)).report();
        assertThat(report.status()).isEqualTo("infeasible");
        assertThat(report.conflicts().targets()).containsExactly("tts:site:site-cn");
        assertThat(report.survival()).singleElement().satisfies(check -> {
            assertThat(check.possible()).isFalse();
            assertThat(check.bestTtsWeeks()).isCloseTo(0, within(1e-9));
        });
        assertThat(report.conflicts().explanation()).anyMatch(line -> line.contains("even with every offer"));
    }
}
