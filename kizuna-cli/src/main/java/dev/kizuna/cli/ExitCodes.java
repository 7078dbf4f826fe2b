package dev.kizuna.cli;

/** Exit codes of every command; documented in docs/cli.md. */
public final class ExitCodes {
    /** Success; for validate, the dataset has no problem. */
    public static final int OK = 0;
    /** The dataset is invalid: its problems were printed as FILE:LINE: message. */
    public static final int INVALID_DATASET = 1;
    /** The command line itself is wrong (unknown option, missing argument): picocli's usage code. */
    public static final int USAGE = 2;
    /** A file or directory could not be read or written. */
    public static final int IO_ERROR = 3;
    /** The input is readable but the request cannot be answered (unknown system id, infeasible model...). */
    public static final int BAD_REQUEST = 4;
    /** {@code check}: the dataset breaks a compliance rule on the date asked (the violations were listed). */
    public static final int VIOLATIONS = 5;
    /** {@code screen}: some organization possibly matches a screening-list entry (listed with scores). */
    public static final int POSSIBLE_MATCHES = 6;
    /** A bug in Kizuna: please report it with the stack trace that was printed. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
