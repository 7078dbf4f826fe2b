package dev.kizuna.server.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A seeded login: its roles and, for a supplier, the organization it speaks for. */
public record KizunaUser(String username, String passwordHash, Set<Role> roles, String organization)
        implements UserDetails {
    public KizunaUser {
        roles = Set.copyOf(roles);
    }

    public Optional<String> findOrganization() {
        return Optional.ofNullable(organization).filter(o -> !o.isBlank());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream().sorted()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "KizunaUser[" + username + ", " + roles + "]";
    }
}
