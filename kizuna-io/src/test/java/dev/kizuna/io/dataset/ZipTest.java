package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipTest {
    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private static List<String> problems(LoadResult result) {
        assertThat(result).isInstanceOf(LoadResult.Rejected.class);
        return ((LoadResult.Rejected) result).problems().stream().map(DatasetProblem::toString).toList();
    }

    private Path zip(String... namesAndContents) throws IOException {
        Path zip = dir.resolve("data.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zipOut.putNextEntry(new ZipEntry(namesAndContents[i]));
                zipOut.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void zipAtTheRootLoadsLikeTheDirectory() {
        Fixture fixture = Fixture.valid();
        LoadResult.Loaded fromDirectory = fixture.loaded(dir.resolve("plain"));
        LoadResult fromZip = DatasetReader.read(fixture.zipTo(dir.resolve("data.zip"), ""));

        assertThat(fromZip).isEqualTo(fromDirectory);
    }

    @Test
    void zipWithOneTopFolderLoadsLikeTheDirectory() {
        Fixture fixture = Fixture.valid();
        LoadResult.Loaded fromDirectory = fixture.loaded(dir.resolve("plain"));
        LoadResult fromZip = DatasetReader.read(fixture.zipTo(dir.resolve("data.zip"), "uas-base/"));

        assertThat(fromZip).isEqualTo(fromDirectory);
    }

    @Test
    void problemsInsideAZipCiteTheDatasetFile() {
        Fixture fixture = Fixture.valid().replace("parts.csv", "material,3", "material,-3");
        assertThat(problems(DatasetReader.read(fixture.zipTo(dir.resolve("data.zip"), "top/"))))
                .containsExactly("parts.csv:4: unit_cost '-3' must be >= 0");
    }

    @Test
    void entryClimbingOutOfTheFolderIsRefused() throws IOException {
        Path zip = zip("kizuna.yaml", Fixture.MANIFEST, "../../etc/cron.d/evil", "x");
        assertThat(problems(DatasetReader.read(zip))).containsExactly(
                "data.zip: zip entry '../../etc/cron.d/evil' points outside the dataset folder; rebuild the zip"
                        + " with plain relative names");
    }

    @Test
    void absoluteEntryIsRefused() throws IOException {
        Path zip = zip("kizuna.yaml", Fixture.MANIFEST, "/etc/passwd", "x");
        assertThat(problems(DatasetReader.read(zip))).containsExactly(
                "data.zip: zip entry '/etc/passwd' points outside the dataset folder; rebuild the zip with plain"
                        + " relative names");
    }

    @Test
    void tooManyEntries() {
        Path zip = Fixture.valid().zipTo(dir.resolve("data.zip"), "");
        ZipLimits limits = new ZipLimits(5, MIB, MIB, 100, MIB);
        assertThat(problems(DatasetReader.read(zip, limits))).containsExactly(
                "data.zip: zip has 10 entries, more than the 5 allowed; a dataset has at most 10 files");
    }

    @Test
    void entryDeclaredLargerThanAllowed() {
        Path zip = Fixture.valid().zipTo(dir.resolve("data.zip"), "");
        ZipLimits limits = new ZipLimits(100, 150, MIB, 100, MIB);
        int size = Fixture.SOURCES.getBytes(StandardCharsets.UTF_8).length;
        assertThat(problems(DatasetReader.read(zip, limits))).contains(
                "sources.csv:1: zip entry expands to " + size + " bytes, more than the 150 allowed; refusing to read it");
    }

    @Test
    void entryThatExpandsFarBeyondItsCompressedSizeIsCutOff() throws IOException {
        String bom = "parent_id,child_id,quantity\n" + "\n".repeat(4_000_000); // blank rows: no problems of their own
        Path zip = dir.resolve("data.zip");
        Fixture fixture = Fixture.valid().put("bom.csv", bom);
        fixture.zipTo(zip, "");
        ZipLimits limits = new ZipLimits(100, 1024 * MIB, 1024 * MIB, 50, 64 * 1024);

        assertThat(problems(DatasetReader.read(zip, limits))).singleElement().asString()
                .startsWith("bom.csv:")
                .endsWith(": zip entry expands more than 50 times its compressed size (a zip bomb?); refusing to read it");
    }

    @Test
    void zipWithoutManifestAtRootOrInOneFolder() throws IOException {
        Path zip = zip("a/kizuna.yaml", Fixture.MANIFEST, "b/parts.csv", Fixture.PARTS);
        assertThat(problems(DatasetReader.read(zip)))
                .containsExactly("data.zip: zip has no kizuna.yaml at its root or in a single top folder");
    }

    @Test
    void archiverMetadataIsIgnored() throws IOException {
        Fixture fixture = Fixture.valid();
        Path zip = dir.resolve("data.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (var file : fixture.files().entrySet()) {
                zipOut.putNextEntry(new ZipEntry("uas/" + file.getKey()));
                zipOut.write(file.getValue());
                zipOut.closeEntry();
            }
            zipOut.putNextEntry(new ZipEntry("__MACOSX/uas/._parts.csv"));
            zipOut.write(new byte[] {0, 5, 22, 7});
            zipOut.closeEntry();
        }
        assertThat(DatasetReader.read(zip)).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void fileThatIsNotAZip() throws IOException {
        Path zip = dir.resolve("data.zip");
        Files.writeString(zip, "this is not a zip file at all, just some text");
        assertThat(problems(DatasetReader.read(zip)))
                .containsExactly("data.zip: not a readable zip file: no zip end record found");
    }

    @Test
    void fileThatIsNeitherDirectoryNorZip() throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        assertThat(problems(DatasetReader.read(text)))
                .containsExactly("notes.txt: not a dataset: give a directory holding kizuna.yaml, or a .zip of one");
    }
}
