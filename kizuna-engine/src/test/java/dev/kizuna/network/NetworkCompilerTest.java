package dev.kizuna.network;

import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.PartId;
import dev.kizuna.supply.model.SourceStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class NetworkCompilerTest {

    /**
     * drone made at jp1 (generic bill: 2 motor, 1 fc) and us1 (site bill: 4 motor only);
     * motor from cn1 (0.75) and us2 (0.25) plus a candidate at de1; fc unmapped.
     */
    private static SupplyNetwork sample() {
        return NetworkCompiler.compile(DatasetBuilder.jpUs()
                .organization("o-jp", "JP").organization("o-us", "US").organization("o-cn", "CN")
                .organization("o-cn-sub", "DE", "o-cn")
                .site("us1", "o-us", "US").site("jp1", "o-jp", "JP").site("cn1", "o-cn", "CN")
                .site("us2", "o-us", "US").site("de1", "o-cn-sub", "DE")
                .part("drone", 100).part("motor", 10).part("fc", 20)
                .source("drone", "us1", Double.NaN).source("drone", "jp1", Double.NaN)
                .source("motor", "us2", 0.25).source("motor", "cn1", 0.75)
                .source("motor", "de1", Double.NaN, SourceStatus.CANDIDATE, Double.NaN)
                .bom("drone", "motor", 2).bom("drone", "fc", 1)
                .bom("drone", "motor", 4, "us1", "us2")
                .stock("motor", "cn1", 5).stock("motor", null, 7)
                .system("sys", "drone", 10, 1000)
                .build());
    }

    @Test
    void indexesFollowIdOrder() {
        SupplyNetwork net = sample();
        assertThat(net.partKey(0)).isEqualTo("drone");
        assertThat(net.partKey(1)).isEqualTo("fc");
        assertThat(net.partKey(2)).isEqualTo("motor");
        assertThat(net.getPart(new PartId("motor"))).isEqualTo(2);
        assertThat(net.findPart(new PartId("nope"))).isEmpty();
        assertThatThrownBy(() -> net.getPart(new PartId("nope"))).hasMessageContaining("nope");
    }

    @Test
    void sourcesAreQualifiedFirstWithEqualSplitOrGivenShares() {
        SupplyNetwork net = sample();
        int motor = net.getPart(new PartId("motor"));
        assertThat(net.qualifiedSourceCount(motor)).isEqualTo(2);
        int first = net.sourceStart(motor);
        assertThat(net.siteKey(net.sourceSite(first))).isEqualTo("cn1");
        assertThat(net.sourceShare(first)).isEqualTo(0.75);
        assertThat(net.siteKey(net.sourceSite(first + 1))).isEqualTo("us2");
        assertThat(net.sourceEnd(motor) - first).isEqualTo(3);
        assertThat(net.sourceStatus(first + 2)).isEqualTo(SourceStatus.CANDIDATE);
        assertThat(net.sourceShare(first + 2)).isZero();
        int drone = net.getPart(new PartId("drone"));
        assertThat(net.sourceShare(net.sourceStart(drone))).isEqualTo(0.5);
        int fc = net.getPart(new PartId("fc"));
        assertThat(net.isUnmapped(fc)).isTrue();
        assertThat(net.sourceStockUnits(first)).isEqualTo(5);
        assertThat(net.pooledStockUnits(motor)).isEqualTo(7);
    }

    @Test
    void siteSpecificBillOverridesGenericAndApprovedListsRenormalise() {
        SupplyNetwork net = sample();
        int drone = net.getPart(new PartId("drone"));
        int atJp = net.findSource(drone, net.getSite(new dev.kizuna.supply.model.SiteId("jp1"))).getAsInt();
        int atUs = net.findSource(drone, net.getSite(new dev.kizuna.supply.model.SiteId("us1"))).getAsInt();
        assertThat(net.billEnd(atJp) - net.billStart(atJp)).isEqualTo(2);
        assertThat(net.billEnd(atUs) - net.billStart(atUs)).isEqualTo(1);
        int row = net.billRow(net.billStart(atUs));
        assertThat(net.rowQuantity(row)).isEqualTo(4);
        assertThat(net.approvedEnd(row) - net.approvedStart(row)).isEqualTo(1);
        assertThat(net.siteKey(net.sourceSite(net.approvedSource(net.approvedStart(row))))).isEqualTo("us2");
        assertThat(net.approvedShare(net.approvedStart(row))).isCloseTo(1.0, within(1e-12));
        assertThat(net.genericRowEnd(drone) - net.genericRowStart(drone)).isEqualTo(2);
    }

    @Test
    void controlCountryIsTheRootOwnersCountry() {
        SupplyNetwork net = sample();
        int de1 = net.getSite(new dev.kizuna.supply.model.SiteId("de1"));
        assertThat(net.siteClass(de1, Basis.LOCATION)).isEqualTo(AlignmentClass.PARTNER);
        assertThat(net.siteClass(de1, Basis.CONTROL)).isEqualTo(AlignmentClass.CONCERN);
    }

    @Test
    void topologicalOrderPutsChildrenFirst() {
        SupplyNetwork net = sample();
        int[] position = new int[net.partCount()];
        for (int i = 0; i < net.partCount(); i++) {
            position[net.topologicalPart(i)] = i;
        }
        for (int r = 0; r < net.rowCount(); r++) {
            assertThat(position[net.rowChild(r)]).isLessThan(position[net.rowParent(r)]);
        }
    }

    @Test
    void cycleIsNamed() {
        var dataset = DatasetBuilder.jpUs().organization("o", "JP").site("s", "o", "JP")
                .part("a", 1).part("b", 1).part("c", 1).part("top", 1)
                .bom("top", "a", 1).bom("a", "b", 1).bom("b", "c", 1).bom("c", "a", 1).build();
        assertThatThrownBy(() -> NetworkCompiler.compile(dataset)).hasMessageContaining("a -> b -> c -> a");
    }

    /** A cluster executor ships the network to its workers: it must survive serialization intact. */
    @Test
    void networkSurvivesSerialization() throws Exception {
        SupplyNetwork net = sample();
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(net);
        }
        SupplyNetwork copy;
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SupplyNetwork) in.readObject();
        }
        assertThat(copy.partCount()).isEqualTo(net.partCount());
        assertThat(copy.manifest()).isEqualTo(net.manifest());
        for (int n = 0; n < net.sourceCount(); n++) {
            assertThat(copy.sourceShare(n)).isEqualTo(net.sourceShare(n));
            assertThat(copy.siteKey(copy.sourceSite(n))).isEqualTo(net.siteKey(net.sourceSite(n)));
        }
    }
}
