package dev.kizuna.server.security;

import dev.kizuna.server.config.KizunaProperties;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The logins seeded from {@code kizuna.users}. Passwords must be hashes with an id prefix
 * ({@code {bcrypt}...}); a plain text password is refused at startup so that none sits in a file.
 */
@Component
public class UserAccounts implements UserDetailsService {
    private final Map<String, KizunaUser> users = new LinkedHashMap<>();

    public UserAccounts(KizunaProperties properties) {
        for (KizunaProperties.UserAccount account : properties.users()) {
            if (account.username() == null || account.username().isBlank()) {
                throw new IllegalStateException("kizuna.users: a user has no username");
            }
            String hash = account.password() == null ? "" : account.password();
            if (!hash.startsWith("{bcrypt}")) {
                throw new IllegalStateException("kizuna.users: the password of '" + account.username()
                        + "' must be a bcrypt hash written {bcrypt}$2a$... (see docs/server.md: --hash-password)");
            }
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            account.roles().forEach(role -> roles.add(Role.parse(role)));
            if (roles.isEmpty()) {
                throw new IllegalStateException("kizuna.users: '" + account.username() + "' has no role");
            }
            if (roles.contains(Role.SUPPLIER) && (account.organization() == null || account.organization().isBlank())) {
                throw new IllegalStateException("kizuna.users: supplier '" + account.username()
                        + "' needs an organization");
            }
            users.put(account.username(), new KizunaUser(account.username(), hash, roles, account.organization()));
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        KizunaUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return user;
    }
}
