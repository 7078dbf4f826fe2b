package dev.kizuna.io.openpsa;

import dev.kizuna.risk.FaultTree;
import dev.kizuna.risk.FaultTreeBdd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OpenPsaReaderTest {

    private static FaultTree read(String xml) {
        return OpenPsaReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml", null);
    }

    @Test
    void readsGatesEventsHouseEventsAndModelData() {
        FaultTree tree = read("""
                <?xml version="1.0"?>
                <opsa-mef>
                  <define-fault-tree name="FT">
                    <define-gate name="TOP">
                      <label>top</label>
                      <or><gate name="G1"/><event name="C"/><and><basic-event name="D"/><house-event name="H"/></and></or>
                    </define-gate>
                    <define-gate name="G1"><atleast min="2"><basic-event name="A"/><basic-event name="B"/><event name="C"/></atleast></define-gate>
                    <define-basic-event name="C"><float value="0.3"/></define-basic-event>
                    <define-house-event name="H"><constant value="false"/></define-house-event>
                  </define-fault-tree>
                  <model-data>
                    <define-basic-event name="A"><label>a</label><float value="0.1"/></define-basic-event>
                    <define-basic-event name="B"><float value="0.2"/></define-basic-event>
                    <define-basic-event name="D"><float value="0.9"/></define-basic-event>
                  </model-data>
                </opsa-mef>
                """);
        assertThat(tree.top()).isEqualTo("TOP");
        FaultTreeBdd bdd = FaultTreeBdd.compile(tree);
        // TOP = C or (2 of A, B, C) = C or (A and B)
        assertThat(bdd.probability()).isCloseTo(0.3 + 0.7 * 0.1 * 0.2, within(1e-15));
        assertThat(bdd.minimalCutSets(4, 10)).containsExactly(List.of("C"), List.of("A", "B"));
    }

    @Test
    void notGatesGiveMinimalSetsOfOccurringEvents() {
        FaultTree tree = read("""
                <opsa-mef><define-fault-tree name="F">
                  <define-gate name="T"><and><basic-event name="A"/><not><basic-event name="B"/></not></and></define-gate>
                  <define-basic-event name="A"><float value="0.5"/></define-basic-event>
                  <define-basic-event name="B"><float value="0.25"/></define-basic-event>
                </define-fault-tree></opsa-mef>
                """);
        FaultTreeBdd bdd = FaultTreeBdd.compile(tree);
        assertThat(bdd.probability()).isCloseTo(0.5 * 0.75, within(1e-15));
        assertThat(bdd.minimalCutSets(4, 10)).containsExactly(List.of("A"));
    }

    @Test
    void refusesDoctypeAndExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE opsa-mef [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<opsa-mef><define-fault-tree name=\"&xxe;\"><define-gate name=\"T\"><constant value=\"true\"/>"
                + "</define-gate></define-fault-tree></opsa-mef>\n");
        assertThatThrownBy(() -> OpenPsaReader.read(xxe, null))
                .isInstanceOf(OpenPsaException.class)
                .hasMessageContaining("xxe.xml")
                .hasMessageContaining("DOCTYPE declarations are not allowed")
                .hasMessageNotContaining("top secret");
        Path bomb = dir.resolve("bomb.xml");
        Files.writeString(bomb, "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>"
                + "<opsa-mef>&lol2;</opsa-mef>");
        assertThatThrownBy(() -> OpenPsaReader.read(bomb, null)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void clearMessagesForBrokenModels() {
        assertThatThrownBy(() -> read("<model/>")).hasMessageContaining("not an Open-PSA model");
        assertThatThrownBy(() -> read("<opsa-mef><define-fault-tree name='F'><define-gate name='T'><gate name='X'/>"
                + "</define-gate></define-fault-tree></opsa-mef>")).hasMessageContaining("undefined gate X");
        assertThatThrownBy(() -> read("<opsa-mef><define-fault-tree name='F'><define-gate name='T'><basic-event name='A'/>"
                + "</define-gate><define-basic-event name='A'/></define-fault-tree></opsa-mef>"))
                .hasMessageContaining("basic event A has no probability");
        assertThatThrownBy(() -> read("<opsa-mef><define-fault-tree name='F'><define-gate name='T'><xor><constant value='true'/>"
                + "</xor></define-gate></define-fault-tree></opsa-mef>")).hasMessageContaining("unsupported formula <xor>");
        assertThatThrownBy(() -> read("<opsa-mef><define-fault-tree name='F'><define-gate name='T'><constant value='true'/>"
                + "</define-gate><define-gate name='U'><constant value='true'/></define-gate></define-fault-tree></opsa-mef>"))
                .hasMessageContaining("several gates could be the top event: T, U");
        assertThatThrownBy(() -> read("<opsa-mef><define-fault-tree name='F'><define-gate name='T'><gate name='U'/>"
                + "</define-gate><define-gate name='U'><gate name='T'/></define-gate></define-fault-tree></opsa-mef>"))
                .hasMessageContaining("every gate is referenced");
        assertThatThrownBy(() -> read("<opsa-mef><define-fault-tree")).hasMessageContaining("not well-formed");
    }
}
