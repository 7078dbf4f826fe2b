package dev.kizuna.server.dataset;

import dev.kizuna.server.analysis.AnalysisService;
import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.security.KizunaUser;
import dev.kizuna.server.web.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

@RestController
@RequestMapping("/api/versions")
@Tag(name = "Dataset versions", description = "Immutable dataset versions: import, list, diff, export")
public class DatasetController {
    private final VersionStore store;
    private final VersionCache cache;
    private final ImportService imports;
    private final AnalysisService analyses;
    private final AuditLog audit;

    public DatasetController(VersionStore store, VersionCache cache, ImportService imports, AnalysisService analyses,
                             AuditLog audit) {
        this.store = store;
        this.cache = cache;
        this.imports = imports;
        this.analyses = analyses;
        this.audit = audit;
    }

    public record VersionDetail(VersionSummary version, List<String> files, List<String> warnings) {
    }

    public record ImportResponse(VersionSummary version, List<dev.kizuna.io.dataset.DatasetProblem> warnings) {
    }

    @GetMapping
    @Operation(summary = "All dataset versions, oldest first")
    public List<VersionSummary> list() {
        return store.list();
    }

    @GetMapping("/{version}")
    @Operation(summary = "One version (an id or 'latest'), its files and the reader's warnings")
    public VersionDetail get(@PathVariable String version) {
        LoadedVersion loaded = cache.get(version);
        return new VersionDetail(loaded.summary(), List.copyOf(store.files(loaded.id()).files().keySet()),
                loaded.warnings().stream().map(Object::toString).toList());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a dataset zip as a new version",
            description = "The zip holds kizuna.yaml and the CSV files, at its root or in one folder. A dataset with"
                    + " problems is rejected whole with status 422 and every problem as {file, line, message}.")
    public ResponseEntity<?> upload(@RequestPart("file") MultipartFile file,
                                    @RequestParam(value = "label", required = false) String label,
                                    @AuthenticationPrincipal KizunaUser user) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.zip" : file.getOriginalFilename();
        ImportOutcome outcome = imports.importZip(file.getBytes(), name, label, user.getUsername());
        return switch (outcome) {
            case ImportOutcome.Imported ok -> ResponseEntity.status(HttpStatus.CREATED)
                    .body(new ImportResponse(ok.version(), ok.warnings()));
            case ImportOutcome.Rejected rejected -> ResponseEntity.unprocessableEntity().body(new ApiError(422,
                    "Unprocessable Entity", rejected.problems().size() + " problem(s) in the dataset; nothing was imported",
                    rejected.problems()));
        };
    }

    @GetMapping("/{from}/diff/{to}")
    @Operation(summary = "What changed between two versions, with the assess metrics before and after")
    public VersionDiff diff(@PathVariable String from, @PathVariable String to) {
        return analyses.diff(cache.get(from), cache.get(to));
    }

    @GetMapping(value = "/{version}/export/dataset.zip", produces = "application/zip")
    @Operation(summary = "The version's dataset as a kizuna/1 zip of canonical CSV files (DatasetWriter)")
    public ResponseEntity<byte[]> exportZip(@PathVariable String version, @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = cache.get(version);
        DatasetFiles files = DatasetLoading.write(loaded.dataset());
        audit.recordSoon(user.getUsername(), "export", "version:" + loaded.id(), "dataset.zip");
        return attachment(DatasetArchive.toZip(files), "kizuna-version-" + loaded.id() + ".zip", "application/zip");
    }

    @GetMapping(value = "/{version}/export/original.zip", produces = "application/zip")
    @Operation(summary = "The version's files exactly as they were imported")
    public ResponseEntity<byte[]> exportOriginal(@PathVariable String version, @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = cache.get(version);
        audit.recordSoon(user.getUsername(), "export", "version:" + loaded.id(), "original.zip");
        return attachment(DatasetArchive.toZip(store.files(loaded.id())), "kizuna-version-" + loaded.id() + "-original.zip",
                "application/zip");
    }

    @GetMapping(value = "/{version}/export/dataset.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The version's dataset and its assess report as one JSON document")
    public ResponseEntity<DatasetExport> exportJson(@PathVariable String version, @AuthenticationPrincipal KizunaUser user) {
        LoadedVersion loaded = cache.get(version);
        audit.recordSoon(user.getUsername(), "export", "version:" + loaded.id(), "dataset.json");
        DatasetExport export = new DatasetExport(loaded.summary(), loaded.dataset(),
                analyses.assess(loaded, dev.kizuna.supply.model.Basis.LOCATION));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("kizuna-version-" + loaded.id() + ".json").build().toString()).body(export);
    }

    public record DatasetExport(VersionSummary version, dev.kizuna.supply.model.Dataset dataset,
                                dev.kizuna.assessment.AssessmentReport assessment) {
    }

    static ResponseEntity<byte[]> attachment(byte[] body, String fileName, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(MediaType.parseMediaType(contentType)).body(body);
    }
}
