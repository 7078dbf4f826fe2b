package dev.kizuna.io.dataset;

/**
 * Bounds on what a dataset zip may expand to, so a crafted zip cannot exhaust memory, disk or time.
 *
 * @param maxEntries            most entries (files and folders) in the zip
 * @param maxEntryBytes         most uncompressed bytes of one file
 * @param maxTotalBytes         most uncompressed bytes of all files read
 * @param maxRatio              most uncompressed bytes per compressed byte of one file ...
 * @param ratioCheckAfterBytes  ... checked once that file has expanded beyond this many bytes
 */
record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, double maxRatio, long ratioCheckAfterBytes) {
    private static final long MIB = 1024L * 1024L;

    /**
     * A million-part dataset is a few hundred MiB of CSV that compresses 5 to 20 times; these limits
     * leave room for ten times that and stop the usual bombs (1000:1 and beyond) early.
     */
    static final ZipLimits DEFAULT = new ZipLimits(1_000, 2048 * MIB, 4096 * MIB, 200, 64 * MIB);
}
