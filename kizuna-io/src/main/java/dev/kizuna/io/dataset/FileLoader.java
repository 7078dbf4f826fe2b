package dev.kizuna.io.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads the dataset's files, in parallel: they are independent until the checks across files. */
final class FileLoader {
    /** Reads the rows of one opened CSV file into a table. */
    @FunctionalInterface
    interface RowReader<T extends Table<?>> {
        void read(CsvRows csv, IdPool ids, T table);
    }

    private final DatasetFiles files;
    private final IdPool ids = new IdPool();
    private final ExecutorService executor;

    private FileLoader(DatasetFiles files, int threads) {
        this.files = files;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "kizuna-dataset-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    static ParsedFiles load(DatasetFiles files) {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        FileLoader loader = new FileLoader(files, threads);
        try {
            return loader.loadAll();
        } finally {
            loader.executor.shutdownNow();
        }
    }

    private ParsedFiles loadAll() {
        // Largest files first, so that the small ones fill in around them (sources.csv has the
        // longest rows; bom.csv, then parts.csv, take about as long on the second thread).
        var sources = submit(SourcesFile.newTable(), SourcesFile::read);
        var bom = submit(BomFile.newTable(), BomFile::read);
        var parts = submit(PartsFile.newTable(), PartsFile::read);
        var sites = submit(SitesFile.newTable(), SitesFile::read);
        var organizations = submit(OrganizationsFile.newTable(), OrganizationsFile::read);
        var inventory = submit(InventoryFile.newTable(), InventoryFile::read);
        var systems = submit(SystemsFile.newTable(), SystemsFile::read);
        var fleet = submit(FleetFile.newTable(), FleetFile::read);
        var countries = submit(CountriesFile.newTable(), CountriesFile::read);
        Future<ManifestReader.Result> manifest = executor.submit(this::readManifest);
        return new ParsedFiles(get(manifest), get(organizations), get(sites), get(parts), get(bom), get(sources),
                get(inventory), get(systems), get(fleet), get(countries));
    }

    private ManifestReader.Result readManifest() {
        try (InputStream in = files.open(DatasetFile.MANIFEST.fileName())) {
            return in == null ? ManifestReader.missing() : ManifestReader.read(in);
        } catch (IOException e) {
            return ManifestReader.unreadable(e.getMessage());
        }
    }

    private <T extends Table<?>> Future<T> submit(T table, RowReader<T> reader) {
        return executor.submit(() -> read(table, reader));
    }

    private <T extends Table<?>> T read(T table, RowReader<T> reader) {
        DatasetFile file = table.file;
        try (InputStream in = files.open(file.fileName())) {
            if (in == null) {
                if (file.required()) {
                    table.problems.add(file, 1, "required file is missing; add it with the header "
                            + String.join(",", file.requiredColumns()));
                    table.complete = false;
                }
                return table;
            }
            try (CsvRows csv = CsvRows.open(file, in, table.problems)) {
                if (csv == null) {
                    table.complete = false;
                    return table;
                }
                reader.read(csv, ids, table);
                table.complete = csv.complete();
            }
        } catch (ZipDatasetFiles.ZipLimitException e) {
            table.problems.add(file, 1, e.getMessage());
            table.complete = false;
        } catch (IOException | UncheckedIOException e) {
            table.problems.add(file, 1, "cannot read the file: " + e.getMessage());
            table.complete = false;
        }
        return table;
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the dataset", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
