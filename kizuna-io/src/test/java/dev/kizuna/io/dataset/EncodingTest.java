package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuna.supply.model.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-level input: BOM, CRLF, malformed UTF-8, multi-line quoted cells. */
class EncodingTest {
    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() {
        String crlf = Fixture.PARTS.replace("\n", "\r\n");
        Fixture fixture = Fixture.valid()
                .putBytes("parts.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(crlf)))
                .putBytes("kizuna.yaml", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        bytes(Fixture.MANIFEST.replace("\n", "\r\n"))));

        assertThat(fixture.loaded(dir).dataset().parts()).extracting(Part::name)
                .containsExactly("Quadcopter", "Brushless motor", "NdFeB magnet");
    }

    @Test
    void crlfLinesAreCountedOnce() {
        String crlf = Fixture.PARTS.replace("\n", "\r\n").replace("material,3", "material,-3");
        Fixture fixture = Fixture.valid().putBytes("parts.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF}, bytes(crlf)));

        assertThat(fixture.problems(dir)).containsExactly("parts.csv:4: unit_cost '-3' must be >= 0");
    }

    @Test
    void malformedUtf8IsReportedAtItsLine() {
        byte[] latin1 = Fixture.PARTS.replace("Brushless motor", "Moteur \u00e9lectrique")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Fixture.valid().putBytes("parts.csv", latin1).problems(dir))
                .containsExactly("parts.csv:3: not valid UTF-8 (byte 0xE9); save the file as UTF-8");
    }

    @Test
    void malformedUtf8FarIntoABigFileIsReportedAtItsLine() {
        StringBuilder parts = new StringBuilder("id,name\ndrone,Drone\nmotor,Motor\nmagnet,Magnet\n");
        for (int i = 5; i < 8000; i++) {
            parts.append("p").append(i).append(",Part number ").append(i).append(" with a longish name\n");
        }
        byte[] good = bytes(parts.toString());
        byte[] bad = concat(good, bytes("p8000,Bad "), new byte[] {(byte) 0xC3, (byte) 0x28}, bytes("\np8001,x\n"));

        assertThat(Fixture.valid().putBytes("parts.csv", bad).problems(dir))
                .containsExactly("parts.csv:8000: not valid UTF-8 (byte 0xC3); save the file as UTF-8");
    }

    @Test
    void truncatedCharacterAtTheEnd() {
        byte[] truncated = concat(bytes(Fixture.PARTS.strip()), new byte[] {(byte) 0xE6, (byte) 0x97});
        assertThat(Fixture.valid().putBytes("parts.csv", truncated).problems(dir))
                .containsExactly("parts.csv:4: not valid UTF-8 (bytes 0xE6 0x97); save the file as UTF-8");
    }

    @Test
    void malformedUtf8InTheManifest() {
        byte[] manifest = concat(bytes("format: kizuna/1\nname: "), new byte[] {(byte) 0xFF}, bytes("\nhome: JP\n"));
        assertThat(Fixture.valid().putBytes("kizuna.yaml", manifest).problems(dir))
                .containsExactly("kizuna.yaml:2: not valid UTF-8 (byte 0xFF); save the file as UTF-8");
    }

    @Test
    void multiLineQuotedCellKeepsTheLineWhereItsRowStarts() {
        Fixture fixture = Fixture.valid().put("parts.csv", """
                id,name,unit_cost
                drone,"Quad
                copter",1200
                motor,"Brushless
                ""outrunner""
                motor",-40
                magnet,Magnet,x
                """);
        assertThat(fixture.problems(dir)).containsExactly(
                "parts.csv:4: unit_cost '-40' must be >= 0",
                "parts.csv:7: unit_cost 'x' is not a number");
    }

    @Test
    void multiLineQuotedCellIsReadWhole() {
        Fixture fixture = Fixture.valid().put("parts.csv", "id,name\r\ndrone,\"Quad\r\ncopter\"\r\nmotor,M\r\nmagnet,N\r\n");
        assertThat(fixture.loaded(dir).dataset().parts().get(0).name()).isEqualTo("Quad\r\ncopter");
    }
}
