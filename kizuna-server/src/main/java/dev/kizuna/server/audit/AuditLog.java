package dev.kizuna.server.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Appends to the audit table (and the log). Details never hold credentials, only ids and parameters.
 * Changes (imports, edits, restores, job starts) are written at once, in the caller's thread;
 * the reads of analyses and exports, which many clients make at once, are queued and written in
 * batches by one thread at most {@value #FLUSH_MS} ms later (and on shutdown), so a busy dashboard
 * does not serialise on the audit table. A hard crash can lose the last such batch.
 */
@Component
public class AuditLog implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final long FLUSH_MS = 200;
    private static final int QUEUE_LIMIT = 100_000;
    private static final String INSERT = "insert into audit_event (at, username, action, target, detail) values (?, ?, ?, ?, ?)";
    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(rs.getLong("id"),
            rs.getObject("at", OffsetDateTime.class), rs.getString("username"), rs.getString("action"),
            rs.getString("target"), rs.getString("detail"));

    private final JdbcTemplate jdbc;
    private final BlockingQueue<Object[]> queue = new LinkedBlockingQueue<>(QUEUE_LIMIT);
    private volatile Thread writer;
    private volatile boolean running;

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the event now. */
    public void record(String username, String action, String target, String detail) {
        Object[] row = row(username, action, target, detail);
        jdbc.update(INSERT, row);
        log(row);
    }

    /** Queues the event for the batch writer (reads: analyses run, exports). */
    public void recordSoon(String username, String action, String target, String detail) {
        Object[] row = row(username, action, target, detail);
        if (!running || !queue.offer(row)) {
            jdbc.update(INSERT, row);
        }
        log(row);
    }

    /** Writes whatever is queued; returns how many events. */
    public synchronized int flush() {
        List<Object[]> batch = new ArrayList<>();
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(INSERT, batch);
        }
        return batch.size();
    }

    /** The newest events first. */
    public List<AuditEvent> recent(int limit, String action) {
        flush();
        int bounded = Math.max(1, Math.min(limit, 10_000));
        if (action == null || action.isBlank()) {
            return jdbc.query("select * from audit_event order by id desc limit ?", ROW, bounded);
        }
        return jdbc.query("select * from audit_event where action = ? order by id desc limit ?", ROW, action, bounded);
    }

    public List<AuditEvent> all() {
        flush();
        return jdbc.query("select * from audit_event order by id", ROW);
    }

    private static Object[] row(String username, String action, String target, String detail) {
        return new Object[] {OffsetDateTime.now(ZoneOffset.UTC), clip(username, 100), clip(action, 60), clip(target, 400),
                detail == null ? "" : detail};
    }

    private static void log(Object[] row) {
        LOG.info("audit user={} action={} target={} detail={}", row[1], row[2], row[3], row[4]);
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().name("kizuna-audit").daemon(true).start(() -> {
            while (running) {
                try {
                    Thread.sleep(FLUSH_MS);
                    flush();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.error("audit batch not written: {}", e.toString());
                }
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = writer;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stops after the jobs (phase 0), whose last events it still writes, before the database closes
        return -100;
    }
}
