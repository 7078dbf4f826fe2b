package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules about files, headers and CSV syntax. */
class FileStructureRulesTest {
    @TempDir
    Path dir;

    @Test
    void missingRequiredFileIsReportedOnceWithoutFollowOnReferenceProblems() {
        assertThat(Fixture.valid().without("parts.csv").problems(dir))
                .containsExactly("parts.csv:1: required file is missing; add it with the header id,name");
    }

    @Test
    void missingManifest() {
        assertThat(Fixture.valid().without("kizuna.yaml").problems(dir)).containsExactly(
                "kizuna.yaml:1: required file is missing; it must hold format: kizuna/1, name, home, currency"
                        + " and alignment");
    }

    @Test
    void emptyFileHasNoHeader() {
        assertThat(Fixture.valid().put("bom.csv", "").problems(dir))
                .containsExactly("bom.csv:1: file is empty; the first line must be the header: parent_id,child_id,quantity");
    }

    @Test
    void missingRequiredColumn() {
        assertThat(Fixture.valid().put("parts.csv", "id,category\ndrone,x\nmotor,y\nmagnet,z\n").problems(dir))
                .containsExactly("parts.csv:1: missing required column 'name'; the header has: id,category");
    }

    @Test
    void columnTwiceInHeader() {
        assertThat(Fixture.valid().replace("parts.csv", "id,name,category", "id,name,name").problems(dir))
                .containsExactly("parts.csv:1: column 'name' appears twice in the header; remove one");
    }

    @Test
    void rowWithMoreCellsThanTheHeader() {
        assertThat(Fixture.valid().replace("systems.csv", "sUAS,50,2000", "sUAS,50,2000,1,000").problems(dir))
                .containsExactly("systems.csv:2: row has 8 cells but the header has 6; quote cells that contain a comma");
    }

    @Test
    void trailingEmptyCellsBeyondTheHeaderAreTolerated() {
        assertThat(Fixture.valid().replace("systems.csv", "sUAS,50,2000", "sUAS,50,2000,,").loaded(dir).dataset()
                .systems()).hasSize(1);
    }

    @Test
    void unclosedQuoteStopsTheFileAtTheRowWhereItStarts() {
        assertThat(Fixture.valid().replace("parts.csv", "magnet,NdFeB magnet", "magnet,\"NdFeB magnet").problems(dir))
                .containsExactly("parts.csv:4: a quoted cell starting on this row is never closed; add the closing"
                        + " quote (write a quote inside a quoted cell as \"\")");
    }

    @Test
    void textAfterAClosingQuote() {
        assertThat(Fixture.valid().replace("parts.csv", "magnet,NdFeB magnet", "magnet,\"NdFeB\" magnet").problems(dir))
                .containsExactly("parts.csv:4: text after a closing quote; quote the whole cell and write a quote"
                        + " inside it as \"\"");
    }

    @Test
    void missingDatasetPath() {
        Path missing = dir.resolve("nope");
        assertThat(((LoadResult.Rejected) DatasetReader.read(missing)).problems())
                .containsExactly(new DatasetProblem("nope", 0, "no such directory or .zip file: " + missing));
    }

    @Test
    void problemTextIsFileLineMessageOrFileMessageWithoutALine() {
        assertThat(new DatasetProblem("parts.csv", 3, "id is empty")).hasToString("parts.csv:3: id is empty");
        assertThat(new DatasetProblem("data.zip", 0, "not a zip")).hasToString("data.zip: not a zip");
    }

    @Test
    void everyProblemIsReportedSortedByContractFileOrderThenLine() {
        Fixture fixture = Fixture.valid()
                .append("fleet.csv", "hexa,JMSDF,3")
                .replace("parts.csv", "magnet,NdFeB magnet,material,3", "magnet,NdFeB magnet,material,x")
                .replace("parts.csv", "drone,Quadcopter,airframe,1200", "drone,,airframe,-1")
                .replace("organizations.csv", "motorco,MotorCo,CN", "motorco,MotorCo,cn")
                .replace("kizuna.yaml", "home: JP", "home: Japan");

        assertThat(fixture.problems(dir)).containsExactly(
                "kizuna.yaml:3: home 'Japan' is not an ISO 3166-1 alpha-2 country code (e.g. JP, US)",
                "organizations.csv:4: country 'cn' must be upper case; use 'CN'",
                "parts.csv:2: name is empty; it is required",
                "parts.csv:2: unit_cost '-1' must be >= 0",
                "parts.csv:4: unit_cost 'x' is not a number",
                "fleet.csv:3: system_id 'hexa' is not an id in systems.csv");
    }
}
