package dev.kizuna.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The job table: one row per job, its state, progress and (once done) its result as JSON. */
@Repository
public class JobStore {
    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;
    private final RowMapper<JobView> row;

    public JobStore(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.row = (rs, n) -> new JobView(rs.getLong("id"), rs.getString("kind"), rs.getLong("version_id"),
                parse(rs.getString("parameters")), JobState.parse(rs.getString("state")).key(),
                JobView.Progress.of(rs.getLong("progress_done"), rs.getLong("progress_total")),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getString("error"), parse(rs.getString("result")));
    }

    public long insert(String kind, long versionId, JsonNode parameters, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String json = write(parameters);
        jdbc.update(connection -> {
            PreparedStatement s = connection.prepareStatement("insert into job (kind, version_id, parameters, state,"
                    + " progress_done, progress_total, created_by, created_at) values (?, ?, ?, ?, 0, 0, ?, ?)",
                    new String[] {"id"});
            s.setString(1, kind);
            s.setLong(2, versionId);
            s.setString(3, json);
            s.setString(4, JobState.QUEUED.name());
            s.setString(5, user);
            s.setObject(6, now());
            return s;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public void markRunning(long id) {
        jdbc.update("update job set state = ?, started_at = ? where id = ?", JobState.RUNNING.name(), now(), id);
    }

    public void progress(long id, long done, long total) {
        jdbc.update("update job set progress_done = ?, progress_total = ? where id = ? and state = ?", done, total, id,
                JobState.RUNNING.name());
    }

    /** Sets a final state once; a job already final keeps the state it has. */
    public boolean finish(long id, JobState state, long done, long total, String resultJson, String error) {
        return jdbc.update("update job set state = ?, progress_done = ?, progress_total = ?, result = ?, error = ?,"
                        + " finished_at = ? where id = ? and state in (?, ?)", state.name(), done, total, resultJson,
                error, now(), id, JobState.QUEUED.name(), JobState.RUNNING.name()) > 0;
    }

    /** After a crash or a kill: jobs that were queued or running will never finish. */
    public int failUnfinished(String reason) {
        return jdbc.update("update job set state = ?, error = ?, finished_at = ? where state in (?, ?)",
                JobState.FAILED.name(), reason, now(), JobState.QUEUED.name(), JobState.RUNNING.name());
    }

    public Optional<JobView> find(long id) {
        return jdbc.query("select * from job where id = ?", row, id).stream().findFirst();
    }

    public List<JobView> list(Long versionId, int limit) {
        String columns = "id, kind, version_id, parameters, state, progress_done, progress_total, created_by,"
                + " created_at, started_at, finished_at, error, null as result";
        if (versionId == null) {
            return jdbc.query("select " + columns + " from job order by id desc limit ?", row, limit);
        }
        return jdbc.query("select " + columns + " from job where version_id = ? order by id desc limit ?", row,
                versionId, limit);
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
