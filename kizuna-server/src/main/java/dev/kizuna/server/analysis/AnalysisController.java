package dev.kizuna.server.analysis;

import dev.kizuna.assessment.AssessmentReport;
import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.dataset.VersionCache;
import dev.kizuna.server.security.KizunaUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/versions/{version}")
@Tag(name = "Analyses", description = "Analyses of one version ({version} is an id or 'latest'); JSON keys as in the"
        + " kizuna/1 contract, section 4")
public class AnalysisController {
    private final VersionCache versions;
    private final AnalysisService analyses;
    private final AuditLog audit;

    public AnalysisController(VersionCache versions, AnalysisService analyses, AuditLog audit) {
        this.versions = versions;
        this.analyses = analyses;
        this.audit = audit;
    }

    @GetMapping("/assess")
    @Operation(summary = "Content by origin, fleet origin, reachable parts, single sources, concern exposures (spec 3.4-3.6)")
    public AssessmentReport assess(@PathVariable String version,
                                   @RequestParam(defaultValue = "location") String basis,
                                   @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = versions.get(version);
        audit.record(user.getUsername(), "run", "version:" + loaded.id(), "assess basis=" + basis);
        return analyses.assess(loaded, AnalysisService.basis(basis));
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Dashboard: fleet origin, content by class per system, coverage, top chokepoints, single sources")
    public Views.Dashboard dashboard(@PathVariable String version) {
        return analyses.dashboard(versions.get(version));
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
