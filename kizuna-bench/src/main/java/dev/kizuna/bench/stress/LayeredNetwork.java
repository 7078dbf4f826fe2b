package dev.kizuna.bench.stress;

import dev.kizuna.supply.model.Dataset;
import dev.kizuna.supply.model.DatasetBuilder;
import dev.kizuna.supply.model.SourceStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A layered random supply network for the stress benchmark: top parts (one per system) in layer 0,
 * the other parts in layers of growing width (1 : 4 : 9 : 16). Every part has a parent in the layer
 * above, each parent takes 1 or 2 more random children and now and then one of 50 common parts (the
 * shared chips), so cones overlap. Each part has 1 to 3 qualified sources at random sites with
 * capacities of 1 to 2 times the volume the systems' demand asks of it; 30% of the sites have a site
 * capacity, some stocks exist, so some disruptions are survived and some are not.
 */
public final class LayeredNetwork {
    private LayeredNetwork() {
    }

    public static Dataset build(int partCount, int siteCount, int systemCount, long seed) {
        Random random = new Random(seed);
        DatasetBuilder b = DatasetBuilder.jpUs();
        String[] countries = {"JP", "US", "DE", "GB", "CN"};
        for (int o = 0; o < siteCount / 4; o++) {
            b.organization("org" + o, countries[o % countries.length]);
        }
        int layers = 5;
        double[] weights = {0, 1, 4, 9, 16};
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        List<List<Integer>> layer = new ArrayList<>();
        int next = 0;
        for (int l = 0; l < layers; l++) {
            int width = l == 0 ? systemCount
                    : l == layers - 1 ? partCount - next : (int) Math.round((partCount - systemCount) * weights[l] / total);
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                ids.add(next++);
            }
            layer.add(ids);
        }
        int commonCount = Math.min(50, layer.get(layers - 1).size());
        List<int[]> children = new ArrayList<>();
        List<double[]> quantities = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            children.add(new int[0]);
            quantities.add(new double[0]);
        }
        for (int l = 0; l + 1 < layers; l++) {
            List<Integer> above = layer.get(l);
            List<Integer> below = layer.get(l + 1);
            List<List<Integer>> picked = new ArrayList<>();
            for (int i = 0; i < above.size(); i++) {
                picked.add(new ArrayList<>());
            }
            // every part has a parent, so that every part is in some system's cone
            for (int c : below) {
                picked.get(random.nextInt(above.size())).add(c);
            }
            for (int i = 0; i < above.size(); i++) {
                List<Integer> c = picked.get(i);
                int extra = 1 + random.nextInt(2);
                for (int k = 0; k < extra; k++) {
                    c.add(below.get(random.nextInt(below.size())));
                }
                if (random.nextInt(3) == 0) {
                    c.add(layer.get(layers - 1).get(random.nextInt(commonCount)));
                }
                int[] distinct = c.stream().mapToInt(Integer::intValue).distinct().toArray();
                double[] q = new double[distinct.length];
                for (int k = 0; k < q.length; k++) {
                    q[k] = 1 + random.nextInt(3);
                }
                children.set(above.get(i), distinct);
                quantities.set(above.get(i), q);
            }
        }
        // weekly volume each part must deliver when every system runs at demand
        double[] volume = new double[partCount];
        double[] demand = new double[systemCount];
        for (int y = 0; y < systemCount; y++) {
            demand[y] = 5 + random.nextInt(50);
            volume[y] += demand[y];
        }
        for (int l = 0; l + 1 < layers; l++) {
            for (int p : layer.get(l)) {
                for (int k = 0; k < children.get(p).length; k++) {
                    volume[children.get(p)[k]] += volume[p] * quantities.get(p)[k];
                }
            }
        }
        double[] siteLoad = new double[siteCount];
        List<String[]> sources = new ArrayList<>();
        List<Double> sourceCapacity = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            b.part(part(p), 1 + random.nextInt(500));
            int count = 1 + random.nextInt(3);
            int first = random.nextInt(siteCount);
            for (int k = 0; k < count; k++) {
                int s = (first + k * 7919) % siteCount;
                double capacity = volume[p] / count * (1.0 + random.nextDouble());
                siteLoad[s] += capacity;
                sources.add(new String[]{part(p), "site" + s});
                sourceCapacity.add(capacity > 0 ? Math.ceil(capacity) : Double.NaN);
                if (random.nextInt(5) == 0) {
                    b.stock(part(p), "site" + s, Math.ceil(volume[p] * random.nextInt(8)));
                }
            }
            if (random.nextInt(6) == 0) {
                b.stock(part(p), null, Math.ceil(volume[p] * random.nextInt(6)));
            }
        }
        for (int s = 0; s < siteCount; s++) {
            double capacity = random.nextInt(10) < 3 && siteLoad[s] > 0 ? Math.ceil(siteLoad[s] * (0.9 + 0.6 * random.nextDouble()))
                    : Double.NaN;
            b.site("site" + s, "org" + (s % (siteCount / 4)), countries[random.nextInt(countries.length)], capacity,
                    0.01 + 0.1 * random.nextDouble(), 2 + random.nextInt(51));
        }
        for (int i = 0; i < sources.size(); i++) {
            b.source(sources.get(i)[0], sources.get(i)[1], Double.NaN, SourceStatus.QUALIFIED, sourceCapacity.get(i));
        }
        for (int p = 0; p < partCount; p++) {
            for (int k = 0; k < children.get(p).length; k++) {
                b.bom(part(p), part(children.get(p)[k]), quantities.get(p)[k]);
            }
        }
        for (int y = 0; y < systemCount; y++) {
            b.system("sys" + y, part(y), demand[y], 1000 + random.nextInt(100_000));
        }
        return b.build();
    }

    private static String part(int p) {
        return String.format("p%05d", p);
    }
}
