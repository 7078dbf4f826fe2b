package dev.kizuna.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kizuna.server.dataset.LoadedVersion;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * A job kind for testing the job machinery: counts to {@code steps}, sleeping {@code stepMillis}
 * per step, reporting progress and honouring cancellation; its result is the number of parts of
 * the version and the steps done, so a test can check what was kept.
 */
@TestConfiguration
public class TestJobs {
    @Bean
    JobRunner countingJob() {
        return new JobRunner() {
            @Override
            public String kind() {
                return "test-count";
            }

            @Override
            public void validate(LoadedVersion version, JsonNode parameters) {
                if (parameters.path("steps").asInt(0) <= 0) {
                    throw new IllegalArgumentException("steps must be positive");
                }
            }

            @Override
            public Object run(LoadedVersion version, JsonNode parameters, JobContext context) throws Exception {
                int steps = parameters.path("steps").asInt();
                long pause = parameters.path("stepMillis").asLong(0);
                for (int i = 1; i <= steps; i++) {
                    context.checkCancelled();
                    Thread.sleep(pause);
                    context.progress(i, steps);
                }
                return Map.of("parts", version.network().partCount(), "steps", steps);
            }
        };
    }
}
