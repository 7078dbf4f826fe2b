package dev.kizuna.cli.stress;

import dev.kizuna.scenario.SweepProgress;

import java.io.PrintWriter;

/** Progress of a sweep on stderr, at most a few lines a second, and always the last one. */
final class StderrProgress implements SweepProgress {
    private static final long INTERVAL_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private final String what;
    private long last = System.nanoTime();

    StderrProgress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    @Override
    public synchronized void update(long done, long total) {
        long now = System.nanoTime();
        if (done == total || now - last >= INTERVAL_NANOS) {
            last = now;
            err.printf("%s: %d/%d scenarios (%d%%)%n", what, done, total, total == 0 ? 100 : 100 * done / total);
            err.flush();
        }
    }
}
