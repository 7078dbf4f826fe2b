package dev.kizuna.bench.risk;

import dev.kizuna.disruption.EventBasis;
import dev.kizuna.disruption.EventImpact;
import dev.kizuna.disruption.KnockoutPropagator;
import dev.kizuna.disruption.KnockoutSweep;
import dev.kizuna.network.NetworkCompiler;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.scenario.LocalSweepExecutor;
import dev.kizuna.scenario.SweepProgress;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * One site sweep timed by wall clock and by process CPU time. On a machine shared with other work
 * the wall time depends on the neighbours; CPU time / threads is what dedicated cores would take.
 * Usage: {@code java -Xmx12g -cp kizuna-benchmarks.jar dev.kizuna.bench.risk.SweepTiming PARTS SITES THREADS [ROUNDS]}
 */
public final class SweepTiming {
    private SweepTiming() {
    }

    public static void main(String[] args) {
        int parts = Integer.parseInt(args[0]);
        int sites = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long t0 = System.nanoTime();
        SupplyNetwork net = NetworkCompiler.compile(LayeredNetworks.build(parts, sites, 100, 42));
        System.out.printf(Locale.ROOT, "network: %,d parts, %,d sources, %,d bom rows, %,d sites; built in %.1f s%n",
                net.partCount(), net.sourceCount(), net.rowCount(), net.siteCount(), (System.nanoTime() - t0) / 1e9);
        KnockoutPropagator probe = new KnockoutPropagator(net);
        long cone = 0;
        int sample = Math.min(2000, net.siteCount());
        for (int s = 0; s < sample; s++) {
            probe.evaluateIncrementally(new int[] {s * (net.siteCount() / sample)}, new int[0]);
            cone += probe.partsRecomputed();
        }
        System.out.printf(Locale.ROOT, "mean cone: %.1f parts recomputed per site event (sample of %d)%n",
                (double) cone / sample, sample);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            List<EventImpact> impacts = KnockoutSweep.impacts(net, EventBasis.SITE, new LocalSweepExecutor(threads),
                    SweepProgress.NONE);
            double wallS = (System.nanoTime() - wall) / 1e9;
            double cpuS = (os.getProcessCpuTime() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %,d site events, wall %.1f s, process CPU %.1f s (%.1f s per thread)%n",
                    r + 1, impacts.size(), wallS, cpuS, cpuS / threads);
        }
    }
}
