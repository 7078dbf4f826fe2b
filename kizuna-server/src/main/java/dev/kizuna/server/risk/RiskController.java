package dev.kizuna.server.risk;

import dev.kizuna.disruption.DisruptionEvent;
import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.FailureChain;
import dev.kizuna.disruption.KnockoutAnalysis;
import dev.kizuna.disruption.KnockoutResult;
import dev.kizuna.disruption.SystemKnockout;
import dev.kizuna.io.openpsa.OpenPsaWriter;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.risk.BddTooLargeException;
import dev.kizuna.risk.CutSetAnalysis;
import dev.kizuna.risk.CutSetReport;
import dev.kizuna.risk.FaultTree;
import dev.kizuna.risk.RiskAnalysis;
import dev.kizuna.risk.RiskReport;
import dev.kizuna.risk.SystemFaultTree;
import dev.kizuna.server.analysis.Capability;
import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.dataset.VersionCache;
import dev.kizuna.server.security.KizunaUser;
import dev.kizuna.supply.model.SystemId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** The risk engine's analyses of a version: knock-outs, cut sets, exact unavailability, fault trees. */
@RestController
@RequestMapping("/api/versions/{version}")
@Tag(name = "Risk", description = "Knock-outs (spec 3.7), cut sets and unavailability with importance (3.8)")
public class RiskController implements Capability {
    private final VersionCache versions;
    private final AuditLog audit;

    public RiskController(VersionCache versions, AuditLog audit) {
        this.versions = versions;
        this.audit = audit;
    }

    @Override
    public Set<String> analyses() {
        return Set.of("knockout", "cutsets", "risk");
    }

    @Override
    public Set<String> exports() {
        return Set.of("fault-tree.xml");
    }

    /**
     * The contract's knockout keys ({@code events}, {@code systems}) plus why each lost system is
     * lost and notes (e.g. unmapped parts taken as available).
     */
    public record KnockoutView(List<String> events, List<SystemKnockout> systems, List<FailureChain> explanations,
                               List<String> notes) {
    }

    @GetMapping("/knockout")
    @Operation(summary = "Knock out a set of events (site:ID, org:ID, country:CC, control:CC, part:ID) and see which"
            + " systems stay available, their volume fraction and weekly value at risk")
    public KnockoutView knockout(@PathVariable String version, @RequestParam("event") List<String> events,
                                 @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = versions.get(version);
        List<DisruptionEvent> parsed = events.stream().map(RiskController::event).toList();
        audit.recordSoon(user.getUsername(), "run", "version:" + loaded.id(), "knockout " + events);
        KnockoutResult result = KnockoutAnalysis.evaluate(loaded.network(), parsed);
        return new KnockoutView(result.report().events(), result.report().systems(), result.explanations(),
                result.notes());
    }

    @GetMapping("/cutsets")
    @Operation(summary = "Minimal cut sets of a system on a basis (site, org, country, control) up to an order")
    public CutSetReport cutsets(@PathVariable String version, @RequestParam String system,
                                @RequestParam(defaultValue = "site") String basis,
                                @RequestParam(defaultValue = "2") int maxOrder,
                                @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = versions.get(version);
        EventBasis eventBasis = basis(basis);
        int y = system(loaded.network(), system);
        audit.recordSoon(user.getUsername(), "run", "version:" + loaded.id(),
                "cutsets system=" + system + " basis=" + eventBasis.key() + " maxOrder=" + maxOrder);
        return loaded.memo("cutsets:" + system + ":" + eventBasis.key() + ":" + maxOrder,
                v -> CutSetAnalysis.compute(v.network(), y, eventBasis, maxOrder));
    }

    @GetMapping("/risk")
    @Operation(summary = "Exact unavailability per system and the importance of each basic event")
    public RiskReport risk(@PathVariable String version, @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = versions.get(version);
        audit.recordSoon(user.getUsername(), "run", "version:" + loaded.id(), "risk");
        try {
            return loaded.memo("risk", v -> RiskAnalysis.run(v.network()));
        } catch (BddTooLargeException e) {
            throw new IllegalStateException("exact unavailability is out of reach for this dataset: " + e.getMessage()
                    + "; use the cut sets instead");
        }
    }

    @GetMapping(value = "/export/fault-tree.xml", produces = MediaType.APPLICATION_XML_VALUE)
    @Operation(summary = "A system's fault tree in the Open-PSA model exchange format")
    public ResponseEntity<byte[]> faultTree(@PathVariable String version, @RequestParam String system,
                                            @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = versions.get(version);
        SupplyNetwork net = loaded.network();
        int y = system(net, system);
        FaultTree tree = SystemFaultTree.build(net, y, true);
        StringWriter out = new StringWriter();
        OpenPsaWriter.write(tree, "Kizuna fault tree of system " + net.systemKey(y) + " (" + net.systemName(y)
                + ") of dataset " + net.manifest().name() + ", version " + loaded.id()
                + ": top event = the system cannot be built (spec 3.7, 3.8)", out);
        audit.recordSoon(user.getUsername(), "export", "version:" + loaded.id(), "fault-tree system=" + system);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kizuna-fault-tree-" + system + ".xml").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    static DisruptionEvent event(String text) {
        return DisruptionEvent.parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text
                + "' is not an event: use site:ID, org:ID, country:CC, control:CC or part:ID"));
    }

    static EventBasis basis(String text) {
        return EventBasis.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "basis must be site, org, country or control, not '" + text + "'"));
    }

    static int system(SupplyNetwork net, String system) {
        return net.findSystem(new SystemId(system)).orElseThrow(
                () -> new IllegalArgumentException("the dataset has no system '" + system + "'"));
    }
}
