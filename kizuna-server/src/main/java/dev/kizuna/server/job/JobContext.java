package dev.kizuna.server.job;

import dev.kizuna.scenario.SweepProgress;

/** What a running job sees: a place to report progress and a way to learn it was cancelled. */
public interface JobContext {
    /** Thread-safe; engines call it from their worker threads. */
    void progress(long done, long total);

    boolean isCancelled();

    /** @throws java.util.concurrent.CancellationException when the job was cancelled */
    default void checkCancelled() {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("cancelled");
        }
    }

    default SweepProgress sweepProgress() {
        return this::progress;
    }
}
