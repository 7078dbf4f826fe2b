package dev.kizuna.scenario;

import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.EventImpact;
import dev.kizuna.disruption.RandomNetworks;
import dev.kizuna.disruption.SweepEvaluatorFactory;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LocalSweepExecutorTest {

    @Test
    void oneAndFourThreadsGiveIdenticalResultsInScenarioOrder() {
        for (long seed = 1; seed <= 20; seed++) {
            SupplyNetwork net = NetworkCompiler.compile(RandomNetworks.generate(seed, 30, 12));
            SweepEvaluatorFactory factory = new SweepEvaluatorFactory(EventBasis.SITE, true);
            var events = EventBasis.SITE.events(net);
            AtomicLong reported = new AtomicLong();
            List<EventImpact> one = new LocalSweepExecutor(1).sweep(net, events, factory, SweepProgress.NONE);
            List<EventImpact> four = new LocalSweepExecutor(4).sweep(net, events, factory,
                    (done, total) -> reported.accumulateAndGet(done, Math::max));
            assertThat(four).as("seed " + seed).isEqualTo(one);
            assertThat(reported.get()).as("seed " + seed).isEqualTo(events.size());
        }
    }

    @Test
    void factorySurvivesSerializationWithIdenticalResults() throws Exception {
        // the network itself cannot be serialized yet: DatasetManifest (supply.model) is not Serializable
        SupplyNetwork net = NetworkCompiler.compile(RandomNetworks.generate(7, 25, 10));
        SweepEvaluatorFactory factory = new SweepEvaluatorFactory(EventBasis.COUNTRY, true);
        var events = EventBasis.COUNTRY.events(net);
        List<EventImpact> local = new LocalSweepExecutor(2).sweep(net, events, factory, SweepProgress.NONE);
        @SuppressWarnings("unchecked")
        EvaluatorFactory<dev.kizuna.disruption.DisruptionEvent, EventImpact> shippedFactory = roundTrip(factory);
        List<EventImpact> shipped = new LocalSweepExecutor(2).sweep(net, events, shippedFactory, SweepProgress.NONE);
        assertThat(shipped).isEqualTo(local);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
