package dev.kizuna.server.dataset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Dataset versions in the database. A version and its files are inserted in one transaction by
 * {@link #insert}; nothing here updates or deletes a version, so a version once seen never changes.
 */
@Repository
public class VersionStore {
    private static final RowMapper<VersionSummary> SUMMARY = (rs, row) -> new VersionSummary(rs.getLong("id"),
            rs.getString("label"), rs.getString("dataset_name"), rs.getString("origin"),
            (Long) rs.getObject("parent_id", Long.class), rs.getString("content_sha256"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));
    private static final String COLUMNS = "id, label, dataset_name, origin, parent_id, content_sha256, created_at, created_by";

    private final JdbcTemplate jdbc;

    public VersionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the version row, then its files; the caller's transaction makes it all or nothing. */
    @Transactional
    public VersionSummary insert(String label, String datasetName, String origin, Long parentId, DatasetFiles files,
                                 String createdBy, Runnable beforeCommit) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String sha = files.sha256();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("insert into dataset_version"
                            + " (label, dataset_name, origin, parent_id, content_sha256, created_at, created_by)"
                            + " values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, truncate(label, 400));
            statement.setString(2, truncate(datasetName, 400));
            statement.setString(3, truncate(origin, 400));
            statement.setObject(4, parentId);
            statement.setString(5, sha);
            statement.setObject(6, now);
            statement.setString(7, truncate(createdBy, 100));
            return statement;
        }, keys);
        long id = keys.getKeyAs(Number.class).longValue();
        List<Object[]> rows = files.files().entrySet().stream()
                .map(file -> new Object[] {id, file.getKey(), file.getValue()}).toList();
        jdbc.batchUpdate("insert into dataset_file (version_id, path, content) values (?, ?, ?)", rows);
        beforeCommit.run();
        return new VersionSummary(id, label, datasetName, origin, parentId, sha, now, createdBy);
    }

    /** Restores a version with its original id and metadata (backup restore). */
    public void insertExact(VersionSummary summary, DatasetFiles files) {
        jdbc.update("insert into dataset_version (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                summary.id(), summary.label(), summary.datasetName(), summary.origin(), summary.parentId(),
                summary.contentSha256(), summary.createdAt(), summary.createdBy());
        List<Object[]> rows = files.files().entrySet().stream()
                .map(file -> new Object[] {summary.id(), file.getKey(), file.getValue()}).toList();
        jdbc.batchUpdate("insert into dataset_file (version_id, path, content) values (?, ?, ?)", rows);
    }

    /** After versions were inserted with their own ids, new ids must start above them. */
    public void restartIdsAfter(long maxId) {
        jdbc.execute("alter table dataset_version alter column id restart with " + (maxId + 1));
    }

    public List<VersionSummary> list() {
        return jdbc.query("select " + COLUMNS + " from dataset_version order by id", SUMMARY);
    }

    public Optional<VersionSummary> find(long id) {
        return jdbc.query("select " + COLUMNS + " from dataset_version where id = ?", SUMMARY, id).stream().findFirst();
    }

    public Optional<Long> findLatestId() {
        return Optional.ofNullable(jdbc.queryForObject("select max(id) from dataset_version", Long.class));
    }

    public DatasetFiles files(long id) {
        Map<String, String> files = new TreeMap<>();
        jdbc.query("select path, content from dataset_file where version_id = ?",
                rs -> {
                    files.put(rs.getString("path"), rs.getString("content"));
                }, id);
        return DatasetFiles.of(files);
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from dataset_version", Long.class);
        return count == null ? 0 : count;
    }

    private static String truncate(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
