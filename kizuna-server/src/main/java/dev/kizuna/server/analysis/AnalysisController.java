package dev.kizuna.server.analysis;

import dev.kizuna.assessment.AssessmentReport;
import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.dataset.VersionCache;
import dev.kizuna.server.security.KizunaUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kizuna.supply.model.Basis;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.function.Supplier;

@RestController
@RequestMapping("/api/versions/{version}")
@Tag(name = "Analyses", description = "Analyses of one version ({version} is an id or 'latest'); JSON keys as in the"
        + " kizuna/1 contract, section 4")
public class AnalysisController {
    private final VersionCache versions;
    private final AnalysisService analyses;
    private final AuditLog audit;
    private final ObjectMapper json;

    public AnalysisController(VersionCache versions, AnalysisService analyses, AuditLog audit, ObjectMapper json) {
        this.versions = versions;
        this.analyses = analyses;
        this.audit = audit;
        this.json = json;
    }

    /**
     * The JSON of a memoised report, itself memoised: the dashboard and assess answer many clients
     * at once, and a version's report never changes.
     */
    private ResponseEntity<byte[]> cachedJson(LoadedVersion version, String key, Supplier<Object> report) {
        byte[] body = version.memo(key + ".json", v -> {
            try {
                return json.writeValueAsBytes(report.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/assess")
    @Operation(summary = "Content by origin, fleet origin, reachable parts, single sources, concern exposures (spec 3.4-3.6)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssessmentReport.class)))
    public ResponseEntity<byte[]> assess(@PathVariable String version,
                                         @RequestParam(defaultValue = "location") String basis,
                                         @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = versions.get(version);
        Basis chosen = AnalysisService.basis(basis);
        audit.recordSoon(user.getUsername(), "run", "version:" + loaded.id(), "assess basis=" + chosen.key());
        return cachedJson(loaded, "assess:" + chosen.key(), () -> analyses.assess(loaded, chosen));
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Dashboard: fleet origin, content by class per system, coverage, top chokepoints, single sources")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Views.Dashboard.class)))
    public ResponseEntity<byte[]> dashboard(@PathVariable String version) {
        LoadedVersion loaded = versions.get(version);
        return cachedJson(loaded, "dashboard", () -> analyses.dashboard(loaded));
    }

    @GetMapping("/network")
    @Operation(summary = "A system's supply network by tier, each part with its class and risk")
    public Views.NetworkGraph network(@PathVariable String version, @RequestParam String system) {
        LoadedVersion loaded = versions.get(version);
        return loaded.memo("graph:" + system, v -> DatasetViews.graph(v, system));
    }

    @GetMapping("/countries")
    @Operation(summary = "Sourcing countries: sites, qualified sources and supply located in each")
    public List<Views.CountrySourcing> countries(@PathVariable String version) {
        return versions.get(version).memo("countries", DatasetViews::countries);
    }

    @GetMapping("/events")
    @Operation(summary = "The events a scenario can choose from (sites, organizations, countries, parts) and the systems")
    public Views.EventCatalog events(@PathVariable String version) {
        return versions.get(version).memo("events", DatasetViews::events);
    }
}
