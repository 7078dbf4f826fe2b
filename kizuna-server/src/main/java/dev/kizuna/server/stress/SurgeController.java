package dev.kizuna.server.stress;

import dev.kizuna.server.analysis.Capability;
import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.dataset.VersionCache;
import dev.kizuna.server.security.KizunaUser;
import dev.kizuna.stress.SurgeAnalysis;
import dev.kizuna.supply.model.SystemId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

@RestController
@RequestMapping("/api/versions/{version}")
@Tag(name = "Stress", description = "Surge capacity; the stress test and stockpile sizing run as jobs (kinds"
        + " 'stress' and 'stockpile')")
public class SurgeController implements Capability {
    private final VersionCache versions;
    private final AuditLog audit;

    public SurgeController(VersionCache versions, AuditLog audit) {
        this.versions = versions;
        this.audit = audit;
    }

    @Override
    public Set<String> analyses() {
        return Set.of("surge");
    }

    @GetMapping("/surge")
    @Operation(summary = "How many units of a system the network can deliver in a number of weeks (no disruption),"
            + " against demand x factor, and what binds (max-delivery LP)")
    public SurgeAnalysis.Result surge(@PathVariable String version, @RequestParam String system,
                                      @RequestParam double weeks, @RequestParam(defaultValue = "1") double demandFactor,
                                      @AuthenticationPrincipal KizunaUser user) {
        if (!(weeks > 0) || !(demandFactor >= 0)) {
            throw new IllegalArgumentException("weeks must be > 0 and demandFactor >= 0");
        }
        LoadedVersion loaded = versions.get(version);
        int y = loaded.network().findSystem(new SystemId(system)).orElseThrow(
                () -> new IllegalArgumentException("the dataset has no system '" + system + "'"));
        audit.recordSoon(user.getUsername(), "run", "version:" + loaded.id(),
                "surge system=" + system + " weeks=" + weeks + " demandFactor=" + demandFactor);
        return loaded.memo("surge:" + system + ":" + weeks + ":" + demandFactor,
                v -> SurgeAnalysis.run(v.network(), y, weeks, demandFactor));
    }
}
