package dev.kizuna.server.analysis;

import dev.kizuna.server.job.JobService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

@RestController
@Tag(name = "Session")
public class CapabilityController {
    private final List<Capability> capabilities;
    private final JobService jobs;

    public CapabilityController(List<Capability> capabilities, JobService jobs) {
        this.capabilities = capabilities;
        this.jobs = jobs;
    }

    public record Capabilities(Set<String> analyses, Set<String> jobs, Set<String> exports) {
    }

    @GetMapping("/api/capabilities")
    @Operation(summary = "The analyses, job kinds and exports this server build offers")
    public Capabilities capabilities() {
        Set<String> analyses = new TreeSet<>(Set.of("assess", "dashboard", "network", "countries", "events", "diff"));
        Set<String> exports = new TreeSet<>(Set.of("dataset.zip", "dataset.json"));
        capabilities.forEach(c -> {
            analyses.addAll(c.analyses());
            exports.addAll(c.exports());
        });
        return new Capabilities(analyses, jobs.kinds(), exports);
    }
}
