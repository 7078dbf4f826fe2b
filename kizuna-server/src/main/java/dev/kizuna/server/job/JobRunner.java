package dev.kizuna.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kizuna.server.dataset.LoadedVersion;

/**
 * One kind of long analysis run as a job (sweep, stress, stockpile, plan, ...). Implementations are
 * Spring beans; the job service finds them by {@link #kind()}.
 */
public interface JobRunner {
    String kind();

    /** Checks the parameters before the job is queued; throws IllegalArgumentException with a message. */
    default void validate(LoadedVersion version, JsonNode parameters) {
    }

    /**
     * Runs the analysis and returns its report (serialised to JSON and kept in the job table).
     * Long loops call {@link JobContext#checkCancelled()} or pass {@link JobContext#sweepProgress()}
     * to the engine; cancellation also interrupts the running thread.
     */
    Object run(LoadedVersion version, JsonNode parameters, JobContext context) throws Exception;
}
