package dev.kizuna.server.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.List;

/** The {@code kizuna.*} settings of application.yml; every one can be overridden by the environment. */
@ConfigurationProperties("kizuna")
public record KizunaProperties(String dataDir, Seed seed, Upload upload, Jobs jobs, List<UserAccount> users,
                               @DefaultValue("0ms") Duration importCommitDelay) {
    public KizunaProperties {
        users = users == null ? List.of() : List.copyOf(users);
        importCommitDelay = importCommitDelay == null ? Duration.ZERO : importCommitDelay;
    }

    /** @param enabled import the illustrative dataset as the first version when the database holds none */
    public record Seed(@DefaultValue("true") boolean enabled) {
    }

    /**
     * Limits on an uploaded dataset archive, checked while it is read (declared sizes in a zip are
     * not trusted).
     */
    public record Upload(@DefaultValue("50MB") DataSize maxBytes, @DefaultValue("64") int maxEntries,
                         @DefaultValue("512MB") DataSize maxUncompressedBytes,
                         @DefaultValue("100") double maxCompressionRatio) {
    }

    /** @param shutdownGrace how long running jobs may go on after a shutdown starts before they are cancelled */
    public record Jobs(@DefaultValue("2") int threads, @DefaultValue("10s") Duration shutdownGrace) {
    }

    /**
     * A login seeded from configuration.
     *
     * @param password a password hash with its id prefix, e.g. {@code {bcrypt}$2a$10$...}; never plain text
     * @param organization for the supplier role: the organization whose data the user may see and edit
     */
    public record UserAccount(String username, String password, List<String> roles, String organization) {
        public UserAccount {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        @Override
        public String toString() {
            // keeps the hash out of logs and error messages
            return "UserAccount[username=" + username + ", roles=" + roles + ", organization=" + organization + "]";
        }
    }
}
