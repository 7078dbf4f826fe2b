package dev.kizuna.server.dataset;

import dev.kizuna.io.dataset.LoadResult;
import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.config.KizunaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Duration;

/**
 * Validates a dataset and stores it as a new version. Validation runs first, outside any
 * transaction; the version row and all its files are then written in one transaction, so a crash
 * or a failure at any point leaves the previous versions exactly as they were and no partial one.
 */
@Service
public class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final VersionStore store;
    private final AuditLog audit;
    private final KizunaProperties properties;
    private final VersionCache cache;

    public ImportService(VersionStore store, AuditLog audit, KizunaProperties properties, VersionCache cache) {
        this.store = store;
        this.audit = audit;
        this.properties = properties;
        this.cache = cache;
    }

    public ImportOutcome importZip(byte[] zip, String fileName, String label, String username) {
        DatasetFiles files = DatasetArchive.read(zip, properties.upload());
        return importFiles(files, fileName, label, null, username, "import", properties.importCommitDelay());
    }

    public ImportOutcome importFiles(DatasetFiles files, String origin, String label, Long parentId, String username,
                                     String action) {
        return importFiles(files, origin, label, parentId, username, action, Duration.ZERO);
    }

    private ImportOutcome importFiles(DatasetFiles files, String origin, String label, Long parentId, String username,
                                      String action, Duration commitDelay) {
        LoadResult result = DatasetLoading.read(files);
        if (result instanceof LoadResult.Rejected rejected) {
            audit.record(username, action + "-rejected", origin, rejected.problems().size() + " problem(s)");
            return new ImportOutcome.Rejected(rejected.problems());
        }
        LoadResult.Loaded loaded = (LoadResult.Loaded) result;
        String name = loaded.dataset().manifest().name();
        String versionLabel = label == null || label.isBlank() ? name : label;
        LOG.info("import started: origin={} files={} chars={}", origin, files.files().size(), files.totalChars());
        VersionSummary version = store.insert(versionLabel, name, origin, parentId, files, username,
                () -> pauseBeforeCommit(commitDelay));
        cache.forgetLatest();
        LOG.info("import committed: version={} origin={}", version.id(), origin);
        audit.record(username, action, "version:" + version.id(),
                "origin=" + origin + " sha256=" + version.contentSha256());
        return new ImportOutcome.Imported(version, loaded.warnings());
    }

    /**
     * A testing aid (kizuna.import-commit-delay, uploads only): holds the transaction open so a
     * crash test can kill the server in the middle of an import.
     */
    private static void pauseBeforeCommit(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        LOG.info("import transaction open, commit in {} ms", delay.toMillis());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }
}
