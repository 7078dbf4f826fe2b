package dev.kizuna.io.screening;

import dev.kizuna.io.dataset.DatasetProblem;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningListReaderTest {
    @Test
    void readsTheConsolidatedScreeningListLayout() throws Exception {
        String csv = "\uFEFF_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,"
                + "alt_names,citizenships,ids\n"
                + "1,Entity List (EL) - Bureau of Industry and Security,100,Entity,EAR,Example Avionics Co.,,\"1 Road, City, CN\",,"
                + "\"Example Avionic; EA Co\",,\n"
                + "2,Specially Designated Nationals (SDN) - Treasury Department,100,Entity,SDN,Other Entity,,,,,,\n"
                + "3,Entity List (EL) - Bureau of Industry and Security,101,Entity,EAR,,,,,,,\n";
        var list = ScreeningListReader.parse("csl.csv", new StringReader(csv));
        assertThat(list.entries()).hasSize(2);
        assertThat(list.entries().get(0).altNames()).containsExactly("Example Avionic", "EA Co");
        assertThat(list.entries().get(0).line()).isEqualTo(2);
        // entity_number 100 appears in two source lists: both kept
        assertThat(list.entries()).extracting(e -> e.entityNumber()).containsExactly("100", "100");
        assertThat(list.problems()).extracting(DatasetProblem::toString).containsExactly("csl.csv:4: name is empty");
    }
}
