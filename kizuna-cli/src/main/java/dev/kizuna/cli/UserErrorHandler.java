package dev.kizuna.cli;

import picocli.CommandLine;

import java.io.UncheckedIOException;

/** Turns exceptions into messages and exit codes; only genuine bugs print a stack trace. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (exception instanceof UserError userError) {
            if (userError.getMessage() != null && !userError.getMessage().isEmpty()) {
                err.println("kizuna: " + userError.getMessage());
            }
            err.flush();
            return userError.exitCode();
        }
        if (exception instanceof UncheckedIOException io) {
            err.println("kizuna: " + io.getCause().getMessage());
            err.flush();
            return ExitCodes.IO_ERROR;
        }
        err.println("kizuna: internal error, please report it with this trace:");
        exception.printStackTrace(err);
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
