package dev.kizuna.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Session")
public class MeController {
    public record Me(String username, List<String> roles, String organization) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "The logged-in user, its roles and (for a supplier) its organization")
    public Me me(@AuthenticationPrincipal KizunaUser user) {
        return new Me(user.getUsername(), user.roles().stream().sorted().map(r -> r.name().toLowerCase(java.util.Locale.ROOT))
                .toList(), user.findOrganization().orElse(null));
    }
}
