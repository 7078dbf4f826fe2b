package dev.kizuna.compliance;

import java.util.List;

/**
 * A prohibited (part, site) pair that a bound system reaches while a rule is in force.
 *
 * @param basis {@code location} or {@code control} (the country that is prohibited), or {@code entity}
 *              when the site's organization or an owner above it is on the rule's entity list
 * @param path part ids from the system's top part to {@code part} (spec 3.6 explanation path)
 * @param evidence the path written out: {@code SYS: top -> ... -> part @ site (CC, basis)}
 */
public record Violation(String rule, String system, String part, String site, String organization, String country,
                        String basis, List<String> path, String evidence) {
    public Violation {
        path = List.copyOf(path);
    }

    /** Identity of a violation across dates. */
    public String key() {
        return rule + "|" + system + "|" + part + "|" + site + "|" + basis;
    }
}
