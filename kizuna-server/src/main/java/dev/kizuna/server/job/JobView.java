package dev.kizuna.server.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** A job as the API shows it; {@code result} only in the single-job view. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(long id, String kind, long versionId, JsonNode parameters, String state, Progress progress,
                      String createdBy, OffsetDateTime createdAt, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, String error, JsonNode result) {

    public record Progress(long done, long total, double fraction) {
        public static Progress of(long done, long total) {
            return new Progress(done, total, total <= 0 ? 0 : Math.min(1.0, (double) done / total));
        }
    }

    JobView withoutResult() {
        return new JobView(id, kind, versionId, parameters, state, progress, createdBy, createdAt, startedAt,
                finishedAt, error, null);
    }
}
