package dev.kizuna.server.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Appends to the audit table (and the log). Details never hold credentials, only ids and parameters. */
@Component
public class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(rs.getLong("id"),
            rs.getObject("at", OffsetDateTime.class), rs.getString("username"), rs.getString("action"),
            rs.getString("target"), rs.getString("detail"));

    private final JdbcTemplate jdbc;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String username, String action, String target, String detail) {
        String safeDetail = detail == null ? "" : detail;
        jdbc.update("insert into audit_event (at, username, action, target, detail) values (?, ?, ?, ?, ?)",
                OffsetDateTime.now(ZoneOffset.UTC), clip(username, 100), clip(action, 60), clip(target, 400), safeDetail);
        LOG.info("audit user={} action={} target={} detail={}", username, action, target, safeDetail);
    }

    /** The newest events first. */
    public List<AuditEvent> recent(int limit, String action) {
        int bounded = Math.max(1, Math.min(limit, 10_000));
        if (action == null || action.isBlank()) {
            return jdbc.query("select * from audit_event order by id desc limit ?", ROW, bounded);
        }
        return jdbc.query("select * from audit_event where action = ? order by id desc limit ?", ROW, action, bounded);
    }

    public List<AuditEvent> all() {
        return jdbc.query("select * from audit_event order by id", ROW);
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
