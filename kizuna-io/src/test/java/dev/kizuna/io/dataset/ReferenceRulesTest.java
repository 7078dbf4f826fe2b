package dev.kizuna.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules across rows and files: references, source-site rules, duplicates, shares, loops and cycles. */
class ReferenceRulesTest {
    @TempDir
    Path dir;

    @Test
    void unknownParentOrganization() {
        assertThat(Fixture.valid().replace("organizations.csv", "JP,acme,", "JP,acme-x,").problems(dir))
                .containsExactly("organizations.csv:3: parent_id 'acme-x' is not an id in organizations.csv;"
                        + " add that organization or leave parent_id empty");
    }

    @Test
    void ownershipLoopIsNamedFromItsSmallestIdOnce() {
        assertThat(Fixture.valid().replace("organizations.csv", "acme,Acme Holdings,US,,", "acme,Acme Holdings,US,acme-jp,")
                .problems(dir)).containsExactly("organizations.csv:2: ownership loop: acme -> acme-jp -> acme;"
                + " an organization cannot own itself through parent_id");
    }

    @Test
    void organizationOwningItself() {
        assertThat(Fixture.valid().replace("organizations.csv", "motorco,MotorCo,CN,,", "motorco,MotorCo,CN,motorco,")
                .problems(dir)).containsExactly("organizations.csv:4: ownership loop: motorco -> motorco;"
                + " an organization cannot own itself through parent_id");
    }

    @Test
    void unknownOrganizationOfSiteEvenWhenTheSiteHasOtherProblems() {
        assertThat(Fixture.valid().replace("sites.csv", "s-texas,acme,US", "s-texas,acme-us,U5").problems(dir))
                .containsExactly(
                        "sites.csv:3: country 'U5' is not an ISO 3166-1 alpha-2 country code (e.g. JP, US)",
                        "sites.csv:3: organization_id 'acme-us' is not an id in organizations.csv");
    }

    @Test
    void unknownBomParentAndChild() {
        assertThat(Fixture.valid().append("bom.csv", "frame,battery,1,,").problems(dir)).containsExactly(
                "bom.csv:5: parent_id 'frame' is not an id in parts.csv",
                "bom.csv:5: child_id 'battery' is not an id in parts.csv");
    }

    @Test
    void unknownBomSite() {
        assertThat(Fixture.valid().replace("bom.csv", "magnet,8,s-shenzhen,", "magnet,8,s-osaka,").problems(dir))
                .containsExactly("bom.csv:3: site_id 's-osaka' is not an id in sites.csv");
    }

    @Test
    void bomSiteMustBeASourceOfTheParent() {
        assertThat(Fixture.valid().replace("bom.csv", "drone,motor,4,,", "drone,motor,4,s-texas,").problems(dir))
                .containsExactly("bom.csv:2: site_id 's-texas' is not a source of parent 'drone' in sources.csv;"
                        + " add that source or fix site_id");
    }

    @Test
    void unknownApprovedSite() {
        assertThat(Fixture.valid().replace("bom.csv", "6,,s-shenzhen", "6,,s-shenzhen;s-osaka").problems(dir))
                .containsExactly("bom.csv:4: approved_sites entry 's-osaka' is not an id in sites.csv");
    }

    @Test
    void approvedSiteMustBeASourceOfTheChild() {
        assertThat(Fixture.valid().replace("bom.csv", "6,,s-shenzhen", "6,, s-shenzhen ; s-texas ;").problems(dir))
                .containsExactly("bom.csv:4: approved_sites entry 's-texas' is not a source of child 'magnet' in"
                        + " sources.csv; add that source or remove the entry");
    }

    @Test
    void duplicateGenericBomRow() {
        assertThat(Fixture.valid().append("bom.csv", "drone,motor,2,,").problems(dir)).containsExactly(
                "bom.csv:5: duplicate BOM row for parent 'drone', child 'motor' and no site_id; first on line 2");
    }

    @Test
    void duplicateSiteSpecificBomRow() {
        assertThat(Fixture.valid().append("bom.csv", "motor,magnet,1,s-shenzhen,").problems(dir)).containsExactly(
                "bom.csv:5: duplicate BOM row for parent 'motor', child 'magnet' and site_id 's-shenzhen';"
                        + " first on line 3");
    }

    @Test
    void bomCycleIsNamedFromItsSmallestPart() {
        assertThat(Fixture.valid().append("bom.csv", "magnet,drone,1,,").problems(dir)).containsExactly(
                "bom.csv:2: BOM cycle: drone -> motor -> magnet -> drone; a part cannot contain itself");
    }

    @Test
    void bomCycleGroupIsReportedOnceWithItsShortestCycle() {
        Fixture fixture = Fixture.valid()
                .append("bom.csv", "magnet,drone,1,,")
                .append("bom.csv", "magnet,motor,1,,")
                .append("bom.csv", "motor,drone,1,,");
        assertThat(fixture.problems(dir))
                .containsExactly("bom.csv:2: BOM cycle: drone -> motor -> drone; a part cannot contain itself");
    }

    @Test
    void partContainingItself() {
        assertThat(Fixture.valid().append("bom.csv", "magnet,magnet,1,,").problems(dir))
                .containsExactly("bom.csv:5: BOM cycle: magnet -> magnet; a part cannot contain itself");
    }

    @Test
    void separateCyclesAreEachReported() {
        Fixture fixture = Fixture.valid()
                .append("parts.csv", "a,A,,,,,").append("parts.csv", "b,B,,,,,")
                .append("bom.csv", "b,a,1,,").append("bom.csv", "a,b,1,,")
                .append("bom.csv", "magnet,motor,1,,");
        assertThat(fixture.problems(dir)).containsExactly(
                "bom.csv:6: BOM cycle: a -> b -> a; a part cannot contain itself",
                "bom.csv:7: BOM cycle: magnet -> motor -> magnet; a part cannot contain itself");
    }

    @Test
    void unknownSourcePartAndSite() {
        assertThat(Fixture.valid().append("sources.csv", "battery,s-osaka,,,,,").problems(dir)).containsExactly(
                "sources.csv:7: part_id 'battery' is not an id in parts.csv",
                "sources.csv:7: site_id 's-osaka' is not an id in sites.csv");
    }

    @Test
    void duplicateSource() {
        assertThat(Fixture.valid().append("sources.csv", "magnet,s-shenzhen,,candidate,,,").problems(dir))
                .containsExactly("sources.csv:7: duplicate source for part 'magnet' at site 's-shenzhen'; first on line 6");
    }

    @Test
    void sharesGivenForSomeQualifiedSourcesOnly() {
        assertThat(Fixture.valid().replace("sources.csv", "s-texas,0.3,", "s-texas,,").problems(dir)).containsExactly(
                "sources.csv:4: part 'motor': share is empty on this qualified source but given on 1 other(s);"
                        + " give every qualified source of 'motor' a share, or none (equal split)");
    }

    @Test
    void sharesThatDoNotSumToOne() {
        assertThat(Fixture.valid().replace("sources.csv", "s-texas,0.3,", "s-texas,0.2,").problems(dir))
                .containsExactly("sources.csv:3: part 'motor': shares of its qualified sources sum to 0.9, not 1");
    }

    @Test
    void sharesWithinOneMillionthOfOneAreAccepted() {
        assertThat(Fixture.valid().replace("sources.csv", "s-texas,0.3,", "s-texas,0.3000009,").loaded(dir).dataset()
                .sources()).hasSize(5);
    }

    @Test
    void nonQualifiedSourceWithAShare() {
        assertThat(Fixture.valid().replace("sources.csv", "s-nagoya,,candidate", "s-nagoya,0.2,candidate").problems(dir))
                .containsExactly("sources.csv:5: share '0.2' on a candidate source; only qualified sources carry"
                        + " volume: leave share empty or 0");
    }

    @Test
    void nonQualifiedSourceWithShareZeroIsFine() {
        assertThat(Fixture.valid().replace("sources.csv", "s-nagoya,,candidate", "s-nagoya,0,qualifying").loaded(dir)
                .dataset().sources()).hasSize(5);
    }

    @Test
    void inventoryReferences() {
        Fixture fixture = Fixture.valid()
                .replace("inventory.csv", "motor,200,s-texas", "motor,200,s-osaka")
                .replace("inventory.csv", "magnet,1000,", "magnet,1000,s-texas")
                .append("inventory.csv", "battery,5,");
        assertThat(fixture.problems(dir)).containsExactly(
                "inventory.csv:2: site_id 's-osaka' is not an id in sites.csv",
                "inventory.csv:3: site_id 's-texas' is not a source of part 'magnet' in sources.csv; add that source"
                        + " or leave site_id empty (pooled stock)",
                "inventory.csv:4: part_id 'battery' is not an id in parts.csv");
    }

    @Test
    void unknownTopPartOfSystem() {
        assertThat(Fixture.valid().replace("systems.csv", "Quadcopter,drone", "Quadcopter,drone-x").problems(dir))
                .containsExactly("systems.csv:2: part_id 'drone-x' is not an id in parts.csv");
    }

    @Test
    void unknownSystemOfFleet() {
        assertThat(Fixture.valid().append("fleet.csv", "hexa,JMSDF,3").problems(dir))
                .containsExactly("fleet.csv:3: system_id 'hexa' is not an id in systems.csv");
    }

    @Test
    void idsIntoAFileThatCouldNotBeReadAreNotChecked() {
        // No "not an id in sites.csv" for s-nowhere (sites.csv is unreadable), but sources.csv is whole,
        // so the row is still known not to name a source of its parent.
        Fixture fixture = Fixture.valid()
                .put("sites.csv", "id,organization_id\ns-nagoya,acme-jp\n")
                .append("bom.csv", "drone,motor,1,s-nowhere,");
        assertThat(fixture.problems(dir)).containsExactly(
                "sites.csv:1: missing required column 'country'; the header has: id,organization_id",
                "bom.csv:5: site_id 's-nowhere' is not a source of parent 'drone' in sources.csv; add that source or"
                        + " fix site_id");
    }
}
