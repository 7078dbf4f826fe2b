package dev.kizuna.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and captures its output, as a user would see it. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = KizunaCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The bundled illustrative dataset, found from the module directory Maven runs tests in. */
    public static Path example() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("examples/jp-us-uav");
            if (candidate.resolve("kizuna.yaml").toFile().isFile()) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/jp-us-uav not found above " + here);
    }
}
