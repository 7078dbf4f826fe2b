package dev.kizuna.server.audit;

import java.time.OffsetDateTime;

/** Who did what to which target: imports, analyses run, jobs, exports, edits, backups. */
public record AuditEvent(long id, OffsetDateTime at, String username, String action, String target, String detail) {
}
