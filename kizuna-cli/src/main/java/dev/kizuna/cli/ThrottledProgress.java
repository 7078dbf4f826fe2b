package dev.kizuna.cli;

import dev.kizuna.scenario.SweepProgress;

import java.io.PrintWriter;

/**
 * Progress of a sweep on stderr, at most one line per interval: workers report every scenario,
 * a terminal needs only a line now and then.
 */
public final class ThrottledProgress implements SweepProgress {
    /** The text of one progress line. */
    @FunctionalInterface
    public interface Line {
        String of(long done, long total);
    }

    private final PrintWriter err;
    private final long intervalNanos;
    private final boolean alwaysLast;
    private final Line line;
    private final long start = System.nanoTime();
    private long lastPrint = start;

    private ThrottledProgress(PrintWriter err, long intervalNanos, boolean alwaysLast, Line line) {
        this.err = err;
        this.intervalNanos = intervalNanos;
        this.alwaysLast = alwaysLast;
        this.line = line;
    }

    /** A line every second and always the final one: for work that is long by nature (LP sweeps). */
    public static ThrottledProgress everySecond(PrintWriter err, Line line) {
        return new ThrottledProgress(err, 1_000_000_000L, true, line);
    }

    /**
     * A line every two seconds, and the final one only if something was printed before: short
     * sweeps stay silent, long ones (the case where a user wonders) say how far they are.
     */
    public static ThrottledProgress whenLong(PrintWriter err, Line line) {
        return new ThrottledProgress(err, 2_000_000_000L, false, line);
    }

    @Override
    public synchronized void update(long done, long total) {
        long now = System.nanoTime();
        if (now - lastPrint >= intervalNanos || (done == total && (alwaysLast || lastPrint != start))) {
            lastPrint = now;
            err.println(line.of(done, total));
            err.flush();
        }
    }
}
