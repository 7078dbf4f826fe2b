package dev.kizuna.server;

import dev.kizuna.server.dataset.DatasetArchive;
import dev.kizuna.server.dataset.DatasetFiles;
import dev.kizuna.server.ops.SeedImporter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The illustrative dataset (as seeded) and variations of it, as files or zip bytes. */
public final class TestDatasets {
    public static final String SUPPLIER_ORG = "de-lichtmess-optik";
    public static final String SUPPLIER_SITE = "de-lichtmess-jena";
    public static final String OTHER_SUPPLIER_SITE = "us-glasswing-rochester";

    private TestDatasets() {
    }

    public static DatasetFiles seed() {
        DatasetFiles files = SeedImporter.classpathDataset("seed/jp-us-uav");
        if (!files.files().containsKey("kizuna.yaml")) {
            throw new IllegalStateException("the seed dataset is not on the test classpath");
        }
        return files;
    }

    /** The seed with one file's text changed. */
    public static DatasetFiles edit(DatasetFiles files, String file, UnaryOperator<String> change) {
        Map<String, String> copy = new TreeMap<>(files.files());
        copy.put(file, change.apply(copy.get(file)));
        return DatasetFiles.of(copy);
    }

    public static byte[] zip(DatasetFiles files) {
        return DatasetArchive.toZip(files);
    }

    /** A zip with arbitrary entries, for the archive limits. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Replaces the first line starting with {@code prefix} in a CSV text. */
    public static String replaceLine(String csv, String prefix, String replacement) {
        String[] lines = csv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                lines[i] = replacement;
                return String.join("\n", lines);
            }
        }
        throw new IllegalArgumentException("no line starts with " + prefix);
    }

    public static String line(String csv, String prefix) {
        for (String line : csv.split("\n")) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalArgumentException("no line starts with " + prefix);
    }
}
