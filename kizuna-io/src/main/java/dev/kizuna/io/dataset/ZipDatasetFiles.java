package dev.kizuna.io.dataset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A dataset inside a zip: files at the zip root, or under one top folder. Nothing is extracted to
 * disk; entries are streamed, counted and cut off when they expand beyond {@link ZipLimits}.
 */
final class ZipDatasetFiles implements DatasetFiles {

    /** An entry expanded beyond a limit while being read. */
    static final class ZipLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        ZipLimitException(String message) {
            super(message);
        }
    }

    private static final int END_RECORD_SIZE = 22;
    private static final int END_RECORD_SIGNATURE = 0x06054b50;

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    /** Every file under the dataset folder by its relative path ("rules/a.yaml"), for {@link DatasetFolder}. */
    private final Map<String, ZipEntry> allFiles;
    private final ZipLimits limits;
    private final AtomicLong totalBytes = new AtomicLong();

    private ZipDatasetFiles(ZipFile zip, Map<String, ZipEntry> entries, Map<String, ZipEntry> allFiles,
                            ZipLimits limits) {
        this.zip = zip;
        this.entries = entries;
        this.allFiles = allFiles;
        this.limits = limits;
    }

    static boolean looksLikeZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    static ZipDatasetFiles open(Path path, String label, ZipLimits limits, Problems problems) {
        try {
            long declaredEntries = declaredEntryCount(path);
            if (declaredEntries > limits.maxEntries()) {
                problems.add(label, 0, "zip has " + declaredEntries + " entries, more than the " + limits.maxEntries()
                        + " allowed; a dataset has at most " + DatasetFile.values().length + " files");
                return null;
            }
        } catch (IOException e) {
            problems.add(label, 0, "not a readable zip file: " + e.getMessage());
            return null;
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            problems.add(label, 0, "not a readable zip file: " + e.getMessage());
            return null;
        } catch (IOException e) {
            problems.add(label, 0, "cannot open zip file: " + e.getMessage());
            return null;
        }
        Map<String, ZipEntry> all = new HashMap<>();
        Map<String, ZipEntry> files = datasetEntries(zip, label, limits, problems, all);
        if (files == null) {
            closeQuietly(zip);
            return null;
        }
        return new ZipDatasetFiles(zip, files, all, limits);
    }

    /**
     * The dataset files by plain name, or null with problems. Checks every entry name before any is
     * read, so a crafted name is refused even though nothing is ever written to disk.
     */
    private static Map<String, ZipEntry> datasetEntries(ZipFile zip, String label, ZipLimits limits,
                                                        Problems problems, Map<String, ZipEntry> allFiles) {
        if (zip.size() > limits.maxEntries()) {
            problems.add(label, 0, "zip has " + zip.size() + " entries, more than the " + limits.maxEntries()
                    + " allowed; a dataset has at most " + DatasetFile.values().length + " files");
            return null;
        }
        List<ZipEntry> files = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        boolean safe = true;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (!isSafeName(name)) {
                problems.add(label, 0, "zip entry '" + name + "' points outside the dataset folder;"
                        + " rebuild the zip with plain relative names");
                safe = false;
                continue;
            }
            if (!names.add(name)) {
                problems.add(label, 0, "zip holds '" + name + "' twice; rebuild the zip");
                safe = false;
                continue;
            }
            if (!entry.isDirectory() && !isJunk(name)) {
                files.add(entry);
            }
        }
        if (!safe) {
            return null;
        }
        String prefix = folderOf(files);
        if (prefix == null) {
            problems.add(label, 0, "zip has no kizuna.yaml at its root or in a single top folder");
            return null;
        }
        Map<String, ZipEntry> byName = new HashMap<>();
        for (ZipEntry entry : files) {
            String name = entry.getName();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                byName.put(name.substring(prefix.length()), entry);
            }
            if (name.startsWith(prefix)) {
                allFiles.put(name.substring(prefix.length()), entry);
            }
        }
        return byName;
    }

    /** "" when kizuna.yaml is at the root, "top/" when every file is under one folder that holds it, else null. */
    private static String folderOf(List<ZipEntry> files) {
        Set<String> tops = new LinkedHashSet<>();
        for (ZipEntry entry : files) {
            if (entry.getName().equals("kizuna.yaml")) {
                return "";
            }
            int slash = entry.getName().indexOf('/');
            tops.add(slash < 0 ? "" : entry.getName().substring(0, slash + 1));
        }
        if (tops.size() != 1 || tops.contains("")) {
            return null;
        }
        String top = tops.iterator().next();
        for (ZipEntry entry : files) {
            if (entry.getName().equals(top + "kizuna.yaml")) {
                return top;
            }
        }
        return null;
    }

    static boolean isSafeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Files that archivers add on their own (macOS resource forks, Finder metadata). */
    private static boolean isJunk(String name) {
        return name.startsWith("__MACOSX/") || name.equals(".DS_Store") || name.endsWith("/.DS_Store");
    }

    /**
     * Reads the entry count from the zip's end record before {@link ZipFile} loads the whole
     * central directory into memory (which a zip with millions of entries would make huge).
     */
    private static long declaredEntryCount(Path path) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
            long length = file.length();
            if (length < END_RECORD_SIZE) {
                throw new ZipException("too short to be a zip file");
            }
            int tail = (int) Math.min(length, END_RECORD_SIZE + 0xFFFF);
            byte[] bytes = new byte[tail];
            file.seek(length - tail);
            file.readFully(bytes);
            for (int at = tail - END_RECORD_SIZE; at >= 0; at--) {
                if (littleEndianInt(bytes, at) == END_RECORD_SIGNATURE) {
                    return (bytes[at + 10] & 0xFF) | (bytes[at + 11] & 0xFF) << 8;
                }
            }
            throw new ZipException("no zip end record found");
        }
    }

    private static int littleEndianInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        ZipEntry entry = entries.get(fileName);
        if (entry == null) {
            return null;
        }
        if (entry.getSize() > limits.maxEntryBytes()) {
            throw new ZipLimitException(tooLarge(entry.getSize()));
        }
        return new LimitedStream(zip.getInputStream(entry), entry.getCompressedSize());
    }

    /** A stream of any file under the dataset folder by relative path, or null; same limits as {@link #open}. */
    InputStream openRelative(String relativePath) throws IOException {
        ZipEntry entry = allFiles.get(relativePath);
        if (entry == null) {
            return null;
        }
        if (entry.getSize() > limits.maxEntryBytes()) {
            throw new ZipLimitException(tooLarge(entry.getSize()));
        }
        return new LimitedStream(zip.getInputStream(entry), entry.getCompressedSize());
    }

    /** Relative paths of every file under the dataset folder. */
    java.util.Set<String> relativePaths() {
        return java.util.Collections.unmodifiableSet(allFiles.keySet());
    }

    private String tooLarge(long bytes) {
        return "zip entry expands to " + bytes + " bytes, more than the " + limits.maxEntryBytes()
                + " allowed; refusing to read it";
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was read; the rejection already says why
        }
    }

    /** Counts what an entry really expands to: the sizes in the zip's directory may lie. */
    private final class LimitedStream extends FilterInputStream {
        private final long compressedBytes;
        private long bytes;

        LimitedStream(InputStream in, long compressedBytes) {
            super(in);
            this.compressedBytes = compressedBytes;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int read) throws ZipLimitException {
            bytes += read;
            long total = totalBytes.addAndGet(read);
            if (bytes > limits.maxEntryBytes()) {
                throw new ZipLimitException(tooLarge(bytes));
            }
            if (total > limits.maxTotalBytes()) {
                throw new ZipLimitException("zip expands to more than " + limits.maxTotalBytes()
                        + " bytes in all; refusing to read further");
            }
            if (bytes > limits.ratioCheckAfterBytes() && compressedBytes > 0
                    && bytes > limits.maxRatio() * compressedBytes) {
                throw new ZipLimitException("zip entry expands more than " + (long) limits.maxRatio()
                        + " times its compressed size (a zip bomb?); refusing to read it");
            }
        }
    }
}
