package dev.kizuna.io.offers;

import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class OfferReaderTest {
    static Dataset dataset() {
        return DatasetBuilder.jpUs().organization("us-a", "US").site("us-a-1", "us-a", "US")
                .organization("jp-b", "JP").site("jp-b-1", "jp-b", "JP")
                .part("fc", "flight-controller", 100).part("radio", "radio", 50).build();
    }

    @Test
    void readsOffersByPartAndByCategory() throws Exception {
        String csv = """
                organization_id,site_id,part_id,category,capacity_per_week,qualification_cost,qualification_weeks,readiness,export_control
                us-a,us-a-1,fc,,3,45000,16,8,EAR99
                jp-b,jp-b-1,,radio,,1000,4,,
                """;
        OfferLoad load = OfferReader.parse(new StringReader(csv), dataset());
        assertThat(load.problems()).isEmpty();
        assertThat(load.offers()).hasSize(2);
        assertThat(load.offers().get(0).id()).isEqualTo("us-a:fc@us-a-1");
        assertThat(load.offers().get(0).readiness()).isEqualTo(8);
        assertThat(load.offers().get(1).category()).isEqualTo("radio");
        assertThat(load.offers().get(1).findPartId()).isEmpty();
        assertThat(load.offers().get(1).capacityPerWeek()).isNaN();
    }

    @Test
    void reportsEveryProblemWithFileAndLine() throws Exception {
        String csv = """
                id,organization_id,site_id,part_id,category,capacity_per_week,readiness,qualification_cost
                a,us-a,jp-b-1,fc,,3,8,1
                a,nobody,us-a-1,ghost,,-1,10,x
                c,us-a,us-a-1,,gimbal,,4.5,
                d,us-a,us-a-1,,,,,
                e,us-a,us-a-1,fc,radio,,,
                """;
        OfferLoad load = OfferReader.parse(new StringReader(csv), dataset());
        assertThat(load.offers()).isEmpty();
        assertThat(load.problems()).extracting(DatasetProblem::toString).containsExactly(
                "offers.csv:2: site 'jp-b-1' belongs to organization 'jp-b', not 'us-a'",
                "offers.csv:3: duplicate offer id 'a'",
                "offers.csv:3: organization_id 'nobody' is not in organizations.csv",
                "offers.csv:3: part_id 'ghost' is not in parts.csv",
                "offers.csv:3: capacity_per_week must be >= 0, got -1",
                "offers.csv:3: qualification_cost is not a number: 'x'",
                "offers.csv:3: readiness must be from 1 to 9, got 10",
                "offers.csv:4: no part in parts.csv has category 'gimbal'",
                "offers.csv:4: readiness must be a whole number from 1 to 9, got 4.5",
                "offers.csv:5: give a part_id or a category",
                "offers.csv:6: category 'radio' differs from part fc's category 'flight-controller'");
    }

    @Test
    void missingColumnsAreHeaderProblems() throws Exception {
        OfferLoad load = OfferReader.parse(new StringReader("organization_id,capacity_per_week\nus-a,1\n"), dataset());
        assertThat(load.problems()).extracting(DatasetProblem::toString).containsExactly(
                "offers.csv:1: missing required column 'site_id'",
                "offers.csv:1: needs a 'part_id' or a 'category' column");
    }
}
