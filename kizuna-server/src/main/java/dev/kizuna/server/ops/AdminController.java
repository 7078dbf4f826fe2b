package dev.kizuna.server.ops;

import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.security.KizunaUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration", description = "Backup and restore of every version and the audit log (admin only)")
public class AdminController {
    private final BackupService backups;
    private final AuditLog audit;

    public AdminController(BackupService backups, AuditLog audit) {
        this.backups = backups;
        this.audit = audit;
    }

    @GetMapping(value = "/backup", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Download a portable JSON backup (kizuna-backup/1)")
    public ResponseEntity<BackupService.Backup> backup(@AuthenticationPrincipal KizunaUser user) {
        audit.record(user.getUsername(), "backup", "database", "download");
        BackupService.Backup body = backups.snapshot();
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("kizuna-backup.json").build().toString()).body(body);
    }

    @PostMapping(value = "/restore", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace every version and the audit log with a backup's (one transaction)")
    public Map<String, Object> restore(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal KizunaUser user)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            int restored = backups.restore(backups.read(in), user.getUsername());
            return Map.of("restoredVersions", restored);
        }
    }
}
