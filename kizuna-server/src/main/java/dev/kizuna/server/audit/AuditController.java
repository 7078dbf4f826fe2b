package dev.kizuna.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Who imported, ran, exported or edited what (admin only)")
public class AuditController {
    private final AuditLog audit;

    public AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Recent audit events, newest first")
    public List<AuditEvent> recent(@RequestParam(defaultValue = "200") int limit,
                                   @RequestParam(required = false) String action) {
        return audit.recent(limit, action);
    }
}
