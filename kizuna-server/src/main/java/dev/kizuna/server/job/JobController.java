package dev.kizuna.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kizuna.server.security.KizunaUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/jobs")
@Tag(name = "Jobs", description = "Long analyses (sweep, stress, stockpile, plan, ...) run in the background")
public class JobController {
    private final JobService jobs;

    public JobController(JobService jobs) {
        this.jobs = jobs;
    }

    /**
     * @param kind       a job kind, see GET /api/jobs/kinds
     * @param version    a version id or "latest"
     * @param parameters the analysis parameters, e.g. {"basis": "site", "top": 20} for a sweep
     */
    public record JobRequest(String kind, String version, JsonNode parameters) {
    }

    @PostMapping
    @Operation(summary = "Start a job; answers 202 with the job, whose state and progress GET /api/jobs/{id} follows")
    public ResponseEntity<JobView> submit(@RequestBody JobRequest request, @AuthenticationPrincipal KizunaUser user) {
        if (request.kind() == null || request.kind().isBlank()) {
            throw new IllegalArgumentException("name the job kind, one of " + jobs.kinds());
        }
        String version = request.version() == null || request.version().isBlank() ? "latest" : request.version();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(jobs.submit(request.kind(), version, request.parameters(), user.getUsername()));
    }

    @GetMapping("/kinds")
    @Operation(summary = "The job kinds this server runs")
    public Set<String> kinds() {
        return jobs.kinds();
    }

    @GetMapping
    @Operation(summary = "Recent jobs, newest first (without their results)")
    public List<JobView> list(@RequestParam(required = false) Long version, @RequestParam(defaultValue = "50") int limit) {
        return jobs.list(version, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job with its state, progress and, once it succeeded, its result")
    public JobView get(@PathVariable long id) {
        return jobs.get(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a queued or running job")
    public JobView cancel(@PathVariable long id, @AuthenticationPrincipal KizunaUser user) {
        return jobs.cancel(id, user.getUsername());
    }
}
