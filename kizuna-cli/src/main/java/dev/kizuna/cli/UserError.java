package dev.kizuna.cli;

/** A mistake of the user's (bad input, unknown id): printed as its message, never with a stack trace. */
public final class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
