package dev.kizuna.server.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one dataset version by name ({@code kizuna.yaml}, {@code parts.csv}, ...), as text:
 * the kizuna/1 files, the CSV files of kizuna/1.1 ({@code offers.csv}) and its rule packs
 * ({@code rules/*.yaml}). Nothing else is kept.
 */
public record DatasetFiles(SortedMap<String, String> files) {
    private static final Pattern NAME = Pattern.compile(
            "kizuna\\.yaml|[a-z][a-z0-9_-]{0,60}\\.csv|rules/[A-Za-z0-9][A-Za-z0-9._-]{0,80}\\.ya?ml");

    public DatasetFiles {
        files = new TreeMap<>(files);
        files.keySet().forEach(name -> {
            if (!isDatasetFileName(name)) {
                throw new IllegalArgumentException("not a dataset file name: " + name);
            }
        });
    }

    public static boolean isDatasetFileName(String name) {
        return NAME.matcher(name).matches();
    }

    public static DatasetFiles of(Map<String, String> files) {
        return new DatasetFiles(new TreeMap<>(files));
    }

    public static DatasetFiles readDirectory(Path directory) {
        try (Stream<Path> entries = Files.walk(directory, 2)) {
            TreeMap<String, String> files = new TreeMap<>();
            for (Path path : entries.toList()) {
                String name = directory.relativize(path).toString().replace('\\', '/');
                if (Files.isRegularFile(path) && isDatasetFileName(name)) {
                    files.put(name, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
            return new DatasetFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Digest over names and contents, to tell identical imports apart from changed ones. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long totalChars() {
        return files.values().stream().mapToLong(String::length).sum();
    }
}
