package dev.kizuna.server.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kizuna.server.audit.AuditEvent;
import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.dataset.DatasetFiles;
import dev.kizuna.server.dataset.VersionCache;
import dev.kizuna.server.dataset.VersionStore;
import dev.kizuna.server.dataset.VersionSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A portable backup: every version with its files and the audit log, as one JSON document that
 * restores into H2 or PostgreSQL alike. Job results are not included (they can be run again).
 */
@Service
public class BackupService {
    public static final String FORMAT = "kizuna-backup/1";

    private final VersionStore versions;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final VersionCache cache;

    public BackupService(VersionStore versions, AuditLog audit, JdbcTemplate jdbc, ObjectMapper mapper, VersionCache cache) {
        this.versions = versions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.cache = cache;
    }

    public record Backup(String format, OffsetDateTime createdAt, List<StoredVersion> versions, List<AuditEvent> audit) {
    }

    public record StoredVersion(VersionSummary version, Map<String, String> files) {
    }

    /** Not read-only: reading the audit log first writes the events still queued. */
    @Transactional
    public Backup snapshot() {
        List<StoredVersion> stored = versions.list().stream()
                .map(v -> new StoredVersion(v, versions.files(v.id()).files())).toList();
        return new Backup(FORMAT, OffsetDateTime.now(ZoneOffset.UTC), stored, audit.all());
    }

    public void write(OutputStream out) throws IOException {
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, snapshot());
    }

    public Backup read(InputStream in) throws IOException {
        Backup backup = mapper.readValue(in, Backup.class);
        if (!FORMAT.equals(backup.format())) {
            throw new IllegalArgumentException("not a " + FORMAT + " file (format: " + backup.format() + ")");
        }
        return backup;
    }

    /** Replaces every version, the audit log and the jobs with the backup's, in one transaction. */
    @Transactional
    public int restore(Backup backup, String username) {
        jdbc.update("delete from job");
        jdbc.update("delete from dataset_file");
        jdbc.update("delete from dataset_version");
        jdbc.update("delete from audit_event");
        long maxId = 0;
        for (StoredVersion stored : backup.versions().stream()
                .sorted((a, b) -> Long.compare(a.version().id(), b.version().id())).toList()) {
            versions.insertExact(stored.version(), DatasetFiles.of(stored.files()));
            maxId = Math.max(maxId, stored.version().id());
        }
        versions.restartIdsAfter(maxId);
        for (AuditEvent event : backup.audit() == null ? List.<AuditEvent>of() : backup.audit()) {
            jdbc.update("insert into audit_event (at, username, action, target, detail) values (?, ?, ?, ?, ?)",
                    event.at(), event.username(), event.action(), event.target(), event.detail());
        }
        cache.clear();
        audit.record(username, "restore", "database", backup.versions().size() + " version(s) from a backup of "
                + backup.createdAt());
        return backup.versions().size();
    }
}
