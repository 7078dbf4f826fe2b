package dev.kizuna.cli;

import java.io.PrintWriter;

/** Progress lines on stderr for work long enough that a user wonders what is happening. */
public final class Progress {
    /** Below this, phases are not worth a line. */
    private static final double QUIET_SECONDS = 2.0;

    private Progress() {
    }

    /** Prints the message when the work that started at {@code startNanos} took long enough. */
    public static void phase(PrintWriter err, long startNanos, String message) {
        if ((System.nanoTime() - startNanos) / 1e9 >= QUIET_SECONDS) {
            err.println("kizuna: " + message);
            err.flush();
        }
    }
}
