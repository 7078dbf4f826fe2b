package dev.kizuna.scenario;

/** Receives progress of a sweep; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface SweepProgress {
    SweepProgress NONE = (done, total) -> {
    };

    void update(long done, long total);
}
