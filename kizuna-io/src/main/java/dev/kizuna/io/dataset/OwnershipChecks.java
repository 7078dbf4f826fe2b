package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.OrganizationId;
import dev.kizuna.supply.model.SiteId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** organizations.parent_id and sites.organization_id resolve; the ownership chain has no loop. */
final class OwnershipChecks {
    private OwnershipChecks() {
    }

    static void run(IdTable<OrganizationId, OrganizationsFile.Row> organizations, IdTable<SiteId, SitesFile.Row> sites) {
        if (!organizations.complete) {
            return;
        }
        for (int row = 0; row < organizations.size(); row++) {
            OrganizationId parent = organizations.rows.get(row).parentId();
            if (parent != null && !organizations.defines(parent)) {
                organizations.problem(row, "parent_id '" + parent + "' is not an id in organizations.csv;"
                        + " add that organization or leave parent_id empty");
            }
        }
        for (int row = 0; row < sites.size(); row++) {
            OrganizationId owner = sites.rows.get(row).organizationId();
            if (owner != null && !organizations.defines(owner)) {
                sites.problem(row, "organization_id '" + owner + "' is not an id in organizations.csv");
            }
        }
        loops(organizations);
    }

    /**
     * Each organization has at most one parent, so every loop is a simple ring; each is reported
     * once, written from its smallest id, at that organization's row.
     */
    private static void loops(IdTable<OrganizationId, OrganizationsFile.Row> organizations) {
        Map<OrganizationId, Integer> state = new HashMap<>(); // absent: unvisited, 1: on the current walk, 2: done
        List<OrganizationId> ids = new ArrayList<>();
        organizations.index.forEachKey(ids::add);
        ids.sort(null);
        for (OrganizationId start : ids) {
            List<OrganizationId> walk = new ArrayList<>();
            OrganizationId at = start;
            while (at != null && organizations.defines(at) && !state.containsKey(at)) {
                state.put(at, 1);
                walk.add(at);
                at = organizations.rows.get(organizations.rowOf(at)).parentId();
            }
            if (at != null && state.getOrDefault(at, 0) == 1) {
                reportLoop(organizations, walk.subList(walk.indexOf(at), walk.size()));
            }
            walk.forEach(id -> state.put(id, 2));
        }
    }

    private static void reportLoop(IdTable<OrganizationId, OrganizationsFile.Row> organizations,
                                   List<OrganizationId> ring) {
        int first = ring.indexOf(ring.stream().min(OrganizationId::compareTo).orElseThrow());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= ring.size(); i++) {
            text.append(i == 0 ? "" : " -> ").append(ring.get((first + i) % ring.size()));
        }
        organizations.problem(organizations.rowOf(ring.get(first)), "ownership loop: " + text
                + "; an organization cannot own itself through parent_id");
    }
}
