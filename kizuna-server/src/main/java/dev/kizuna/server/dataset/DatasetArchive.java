package dev.kizuna.server.dataset;

import dev.kizuna.server.config.KizunaProperties;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads an uploaded dataset zip under limits: the number of entries, the bytes actually inflated
 * (the sizes a zip declares are not trusted) and the ratio of inflated to compressed bytes, so a
 * zip bomb stops after a bounded amount of work. The dataset may sit at the root of the zip or in
 * one top-level directory; other files are ignored, paths that climb out are refused.
 */
public final class DatasetArchive {
    private DatasetArchive() {
    }

    public static DatasetFiles read(byte[] zip, KizunaProperties.Upload limits) {
        if (zip.length > limits.maxBytes().toBytes()) {
            throw new ArchiveRejectedException("the upload is " + zip.length + " bytes, more than the limit of "
                    + limits.maxBytes().toBytes());
        }
        long maxInflated = Math.min(limits.maxUncompressedBytes().toBytes(),
                (long) Math.max(1.0, limits.maxCompressionRatio() * Math.max(zip.length, 1024)));
        Map<String, String> byPath = new TreeMap<>();
        int entries = 0;
        long inflated = 0;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            byte[] buffer = new byte[16384];
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new ArchiveRejectedException("the zip has more than " + limits.maxEntries() + " entries");
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../") || name.equals("..") || name.contains(":")) {
                    throw new ArchiveRejectedException("the zip entry '" + name + "' points outside the archive");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    inflated += n;
                    if (inflated > maxInflated) {
                        throw new ArchiveRejectedException("the zip inflates to more than " + maxInflated
                                + " bytes (limits: " + limits.maxUncompressedBytes().toBytes() + " bytes, ratio "
                                + limits.maxCompressionRatio() + "); it looks like a zip bomb");
                    }
                    content.write(buffer, 0, n);
                }
                if (isIgnored(name)) {
                    continue;
                }
                byPath.put(name, decode(name, content.toByteArray()));
            }
        } catch (ZipException e) {
            throw new ArchiveRejectedException("not a readable zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == 0) {
            throw new ArchiveRejectedException("not a zip file, or an empty one");
        }
        return datasetFiles(byPath);
    }

    private static boolean isIgnored(String name) {
        return name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store") || name.equals(".DS_Store");
    }

    private static String decode(String name, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ArchiveRejectedException(name + ": not UTF-8 text");
        }
    }

    /** The dataset's directory is the one holding kizuna.yaml: the root or a single top-level folder. */
    private static DatasetFiles datasetFiles(Map<String, String> byPath) {
        String prefix = null;
        for (String path : byPath.keySet()) {
            if (path.equals("kizuna.yaml") || (path.endsWith("/kizuna.yaml") && path.indexOf('/') == path.length() - 12)) {
                if (prefix != null) {
                    throw new ArchiveRejectedException("the zip holds more than one kizuna.yaml");
                }
                prefix = path.substring(0, path.length() - "kizuna.yaml".length());
            }
        }
        if (prefix == null) {
            throw new ArchiveRejectedException("the zip holds no kizuna.yaml at its root or in one top-level folder");
        }
        TreeMap<String, String> files = new TreeMap<>();
        for (Map.Entry<String, String> file : byPath.entrySet()) {
            String path = file.getKey();
            if (path.startsWith(prefix)) {
                String name = path.substring(prefix.length());
                if (DatasetFiles.isDatasetFileName(name)) {
                    files.put(name, file.getValue());
                }
            }
        }
        return new DatasetFiles(files);
    }

    /** Writes the files as a zip with the dataset at its root. */
    public static void write(DatasetFiles files, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.files().entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    public static byte[] toZip(DatasetFiles files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(files, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** For callers that stream: reads everything first, bounded by the upload limit. */
    public static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new ArchiveRejectedException("the upload is more than the limit of " + maxBytes + " bytes");
        }
        return bytes;
    }
}
