package dev.kizuna.screening;

import java.util.List;

/**
 * A possible match of an organization against a list entry.
 *
 * @param organization the organization screened
 * @param chain organization ids from {@code organization} up its ownership chain to the one whose name
 *              matched; just {@code [organization]} for a direct match
 * @param ourName the name or alias of the matched organization that scored best
 * @param listedName the entry's name or alternate name that scored best
 * @param listLine 1-based line of the entry in the list file
 */
public record ScreeningHit(String organization, String organizationName, List<String> chain, String ourName,
                           String listSource, String entityNumber, int listLine, String listedName, String listedType,
                           String programs, double score, String band, boolean viaOwnership) {
    public ScreeningHit {
        chain = List.copyOf(chain);
    }
}
