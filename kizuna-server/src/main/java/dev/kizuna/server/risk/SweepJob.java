package dev.kizuna.server.risk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.KnockoutSweep;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.job.JobContext;
import dev.kizuna.server.job.JobRunner;
import org.springframework.stereotype.Component;

/**
 * Chokepoint sweep as a job: every event of a basis knocked out alone, ranked by weekly value at
 * risk. Parameters: {@code basis} (site, org, country, control; default site), {@code top} (default 20,
 * 0 = all).
 */
@Component
public class SweepJob implements JobRunner {
    @Override
    public String kind() {
        return "sweep";
    }

    @Override
    public void validate(LoadedVersion version, JsonNode parameters) {
        RiskController.basis(parameters.path("basis").asText("site"));
    }

    @Override
    public Object run(LoadedVersion version, JsonNode parameters, JobContext context) {
        EventBasis basis = RiskController.basis(parameters.path("basis").asText("site"));
        int top = parameters.path("top").asInt(20);
        // two threads: the job pool runs more than one job at a time on a small machine
        return KnockoutSweep.run(version.network(), basis, top, new LocalSweepExecutor(2), context.sweepProgress());
    }
}
