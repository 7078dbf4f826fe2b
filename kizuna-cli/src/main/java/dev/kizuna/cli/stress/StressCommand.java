package dev.kizuna.cli.stress;

import dev.kizuna.cli.DatasetCommand;
import dev.kizuna.cli.EventArguments;
import dev.kizuna.cli.ExitCodes;
import dev.kizuna.cli.ThrottledProgress;
import dev.kizuna.cli.UserError;
import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.stress.StressScenario;
import dev.kizuna.stress.StressTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code kizuna stress DIR}: time to survive, time to recover and performance impact (spec 3.9). */
@Command(name = "stress", mixinStandardHelpOptions = true,
        description = {"Stress test (spec 3.9): for each disruption, the time to survive (TTS), the performance "
                + "impact over its time to recover (TTR) and the risk exposure index.",
                "Default: every site that some system needs, alone, with its own ttr_weeks."})
public final class StressCommand extends DatasetCommand {
    @Option(names = "--event", paramLabel = "E",
            description = "An event (site:ID, org:ID, country:CC, control:CC, part:ID); several make one scenario")
    List<String> events = new ArrayList<>();

    @Option(names = "--ttr-weeks", paramLabel = "T", description = "Time to recover of every scenario, in weeks")
    Double ttrWeeks;

    @Option(names = "--horizon-weeks", paramLabel = "H", defaultValue = "520",
            description = "Cap of the time to survive (default ${DEFAULT-VALUE})")
    double horizonWeeks;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per processor)")
    Integer threads;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20",
            description = "Scenarios listed and explained in the text report (default ${DEFAULT-VALUE})")
    int top;

    /** What to stress: the options of the command, independent of picocli for tests. */
    public record Request(List<DisruptionEvent> events, double ttrWeeks, double horizonWeeks, int threads) {
        public Request {
            events = List.copyOf(events);
            if (!(horizonWeeks > 0)) {
                throw new UserError(ExitCodes.USAGE, "--horizon-weeks must be > 0");
            }
            if (ttrWeeks < 0) {
                throw new UserError(ExitCodes.USAGE, "--ttr-weeks must be >= 0");
            }
            if (threads < 1) {
                throw new UserError(ExitCodes.USAGE, "--threads must be at least 1");
            }
        }

        public static Request defaults() {
            return new Request(List.of(), Double.NaN, StressTest.DEFAULT_HORIZON_WEEKS, 1);
        }
    }

    @Override
    public Integer call() {
        Request request = new Request(EventArguments.parse(events, ExitCodes.USAGE, ""), ttrWeeks == null ? Double.NaN : ttrWeeks,
                horizonWeeks, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        LoadedDataset loaded = load();
        List<ScenarioOutcome> outcomes = run(loaded.network(), request, scenarioProgress(err(), "stress"));
        if (json()) {
            printJson(StressReport.of(outcomes));
        } else {
            StressText.print(loaded.network(), outcomes, request.horizonWeeks(), top, out());
        }
        return ExitCodes.OK;
    }

    /** Runs the stress test: one scenario of all the given events, or the default sweep without events. */
    public static List<ScenarioOutcome> run(SupplyNetwork network, Request request, SweepProgress progress) {
        List<StressScenario> scenarios;
        try {
            scenarios = request.events().isEmpty()
                    ? StressTest.defaultScenarios(network, request.ttrWeeks())
                    : List.of(StressTest.scenario(network, request.events(), request.ttrWeeks()));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCodes.BAD_REQUEST, e.getMessage());
        }
        return StressTest.run(network, scenarios, request.horizonWeeks(), new LocalSweepExecutor(request.threads()),
                progress);
    }

    /** Progress of a stress sweep on stderr, shared with the stockpile command's sweep. */
    static ThrottledProgress scenarioProgress(java.io.PrintWriter err, String what) {
        return ThrottledProgress.everySecond(err, (done, total) -> String.format(java.util.Locale.ROOT,
                "%s: %d/%d scenarios (%d%%)", what, done, total, total == 0 ? 100 : 100 * done / total));
    }
}
