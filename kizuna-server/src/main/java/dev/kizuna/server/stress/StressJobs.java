package dev.kizuna.server.stress;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.job.JobContext;
import dev.kizuna.server.job.JobRunner;
import dev.kizuna.stress.ScenarioOutcome;
import dev.kizuna.stress.StockpilePlanner;
import dev.kizuna.stress.StressScenario;
import dev.kizuna.stress.StressTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stress module's long analyses as jobs: {@code stress} (spec 3.9: time to recover and to
 * survive, performance impact) and {@code stockpile} (the pooled stock that fixes the most
 * scenarios within a yearly holding budget). Parameters follow {@code kizuna stress} and
 * {@code kizuna stockpile}.
 */
@Configuration
public class StressJobs {
    /** Sweeps use two threads: the job pool may run two jobs at a time on a small machine. */
    static final int SWEEP_THREADS = 2;

    /** The contract's stress JSON (section 4), absent numbers null. */
    public record StressReport(List<Scenario> scenarios) {
        public record Scenario(List<String> events, Double ttrWeeks, Double performanceImpact,
                               Map<String, Double> lostUnits, double ttsWeeks, boolean ttsCapped,
                               Double riskExposureIndex) {
        }

        static StressReport of(List<ScenarioOutcome> outcomes) {
            return new StressReport(outcomes.stream().map(o -> new Scenario(o.events(), boxed(o.ttrWeeks()),
                    boxed(o.performanceImpact()), new TreeMap<>(o.lostUnits()), o.ttsWeeks(), o.ttsCapped(),
                    boxed(o.riskExposureIndex()))).toList());
        }

        private static Double boxed(double value) {
            return Double.isNaN(value) ? null : value;
        }
    }

    @Bean
    JobRunner stressJob() {
        return new JobRunner() {
            @Override
            public String kind() {
                return "stress";
            }

            @Override
            public void validate(LoadedVersion version, JsonNode parameters) {
                scenarios(version.network(), parameters);
                horizon(parameters);
            }

            @Override
            public Object run(LoadedVersion version, JsonNode parameters, JobContext context) {
                return StressReport.of(outcomes(version.network(), parameters, context.sweepProgress()));
            }
        };
    }

    @Bean
    JobRunner stockpileJob() {
        return new JobRunner() {
            @Override
            public String kind() {
                return "stockpile";
            }

            @Override
            public void validate(LoadedVersion version, JsonNode parameters) {
                stockpileArguments(parameters);
                horizon(parameters);
                ttr(parameters);
            }

            @Override
            public Object run(LoadedVersion version, JsonNode parameters, JobContext context) {
                double[] args = stockpileArguments(parameters);
                // every site alone, as kizuna stockpile does
                List<ScenarioOutcome> outcomes = StressTest.run(version.network(),
                        StressTest.defaultScenarios(version.network(), ttr(parameters)), horizon(parameters),
                        new LocalSweepExecutor(SWEEP_THREADS), context.sweepProgress());
                context.checkCancelled();
                return StockpilePlanner.plan(version.network(), outcomes, args[0], args[1], (int) args[2]);
            }
        };
    }

    static List<ScenarioOutcome> outcomes(SupplyNetwork network, JsonNode parameters, SweepProgress progress) {
        return StressTest.run(network, scenarios(network, parameters), horizon(parameters),
                new LocalSweepExecutor(SWEEP_THREADS), progress);
    }

    /** The events given (one scenario) or, with none, every site some system needs alone. */
    static List<StressScenario> scenarios(SupplyNetwork network, JsonNode parameters) {
        List<DisruptionEvent> events = new ArrayList<>();
        parameters.path("events").forEach(e -> events.add(DisruptionEvent.parse(e.asText()).orElseThrow(
                () -> new IllegalArgumentException("bad event '" + e.asText()
                        + "': write kind:ID with kind site, org, country, control or part"))));
        double ttr = ttr(parameters);
        return events.isEmpty() ? StressTest.defaultScenarios(network, ttr)
                : List.of(StressTest.scenario(network, events, ttr));
    }

    static double ttr(JsonNode parameters) {
        double ttr = parameters.path("ttrWeeks").asDouble(Double.NaN);
        if (ttr < 0) {
            throw new IllegalArgumentException("ttrWeeks must be >= 0");
        }
        return ttr;
    }

    static double horizon(JsonNode parameters) {
        double horizon = parameters.path("horizonWeeks").asDouble(StressTest.DEFAULT_HORIZON_WEEKS);
        if (!(horizon > 0)) {
            throw new IllegalArgumentException("horizonWeeks must be > 0");
        }
        return horizon;
    }

    /** budget (required), holdingRate, maxScenarios. */
    static double[] stockpileArguments(JsonNode parameters) {
        if (!parameters.hasNonNull("budget")) {
            throw new IllegalArgumentException("stockpile needs a yearly holding budget: {\"budget\": 100000}");
        }
        double budget = parameters.path("budget").asDouble(Double.NaN);
        double rate = parameters.path("holdingRate").asDouble(StockpilePlanner.DEFAULT_HOLDING_RATE);
        int max = parameters.path("maxScenarios").asInt(StockpilePlanner.DEFAULT_MAX_SCENARIOS);
        if (!(budget >= 0) || !(rate >= 0) || max < 1) {
            throw new IllegalArgumentException("budget and holdingRate must be >= 0, maxScenarios >= 1");
        }
        return new double[] {budget, rate, max};
    }
}
