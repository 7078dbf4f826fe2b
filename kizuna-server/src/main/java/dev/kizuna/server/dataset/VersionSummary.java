package dev.kizuna.server.dataset;

import java.time.OffsetDateTime;

/**
 * A stored dataset version as the API lists it.
 *
 * @param parentId the version this one was derived from (a supplier's edit), or null for an import
 * @param origin   the uploaded file name, "seed:..." or "edit by ..."
 */
public record VersionSummary(long id, String label, String datasetName, String origin, Long parentId,
                             String contentSha256, OffsetDateTime createdAt, String createdBy) {
}
