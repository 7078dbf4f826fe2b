package dev.kizuna.server.security;

import java.util.Locale;

/**
 * Roles of the server. Admin, analyst and viewer are nested (each can do what the next can);
 * a supplier stands apart and sees only its own organization's data.
 */
public enum Role {
    ADMIN, ANALYST, VIEWER, SUPPLIER;

    public String authority() {
        return "ROLE_" + name();
    }

    public static Role parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
