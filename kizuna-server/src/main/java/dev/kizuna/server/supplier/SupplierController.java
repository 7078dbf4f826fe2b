package dev.kizuna.server.supplier;

import dev.kizuna.server.dataset.ImportOutcome;
import dev.kizuna.server.security.KizunaUser;
import dev.kizuna.server.web.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/supplier")
@Tag(name = "Supplier", description = "A supplier's own organization, sites and sources (supplier role only)")
public class SupplierController {
    private final SupplierService suppliers;

    public SupplierController(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    @GetMapping("/own")
    @Operation(summary = "The supplier's organizations, sites and sources in the latest version")
    public SupplierService.OwnData own(@AuthenticationPrincipal KizunaUser user) {
        return suppliers.own(user);
    }

    @PostMapping("/edits")
    @Operation(summary = "Change capacities, lead times and prices of the supplier's own sites and sources;"
            + " makes a new version (403 for any other organization's site)")
    public ResponseEntity<?> edit(@RequestBody SupplierService.Edits edits, @AuthenticationPrincipal KizunaUser user) {
        return switch (suppliers.edit(user, edits)) {
            case ImportOutcome.Imported ok -> ResponseEntity.status(HttpStatus.CREATED).body(ok.version());
            case ImportOutcome.Rejected rejected -> ResponseEntity.unprocessableEntity().body(new ApiError(422,
                    "Unprocessable Entity", "the edit makes the dataset invalid; nothing was saved", rejected.problems()));
        };
    }
}
