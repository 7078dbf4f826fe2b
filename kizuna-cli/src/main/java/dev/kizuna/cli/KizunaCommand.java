package dev.kizuna.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code kizuna} command line. */
@Command(name = "kizuna", mixinStandardHelpOptions = true, version = "kizuna 0.1.0",
        description = "See, stress and fix the supply chains of allied drones and counter-drone systems.",
        subcommands = {
                CommandLine.HelpCommand.class,
                dev.kizuna.cli.dataset.ValidateCommand.class,
                dev.kizuna.cli.assessment.AssessCommand.class,
                dev.kizuna.cli.dataset.GenerateCommand.class,
                dev.kizuna.cli.risk.KnockoutCommand.class,
                dev.kizuna.cli.risk.SweepCommand.class,
                dev.kizuna.cli.risk.CutSetsCommand.class,
                dev.kizuna.cli.risk.RiskCommand.class,
                dev.kizuna.cli.risk.ExportFaultTreeCommand.class,
                dev.kizuna.cli.compliance.CheckCommand.class,
                dev.kizuna.cli.planning.PlanCommand.class,
                dev.kizuna.cli.matchmaking.MatchCommand.class,
                dev.kizuna.cli.matchmaking.AgendaCommand.class,
                dev.kizuna.cli.screening.ScreenCommand.class,
                dev.kizuna.cli.stress.StressCommand.class,
                dev.kizuna.cli.stress.SurgeCommand.class,
                dev.kizuna.cli.stress.StockpileCommand.class,
        })
public final class KizunaCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'kizuna assess DIR'");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line without exiting, for tests: returns the exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new KizunaCommand());
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
