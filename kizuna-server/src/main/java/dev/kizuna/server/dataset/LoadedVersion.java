package dev.kizuna.server.dataset;

import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.network.SupplyNetwork;
import dev.kizuna.supply.model.Dataset;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A version loaded and compiled. Versions never change, so analyses computed once are kept here
 * (by name) for as long as the version stays in the cache.
 */
public final class LoadedVersion {
    private final VersionSummary summary;
    private final Dataset dataset;
    private final SupplyNetwork network;
    private final List<DatasetProblem> warnings;
    private final Map<String, Object> memo = new ConcurrentHashMap<>();

    public LoadedVersion(VersionSummary summary, Dataset dataset, SupplyNetwork network, List<DatasetProblem> warnings) {
        this.summary = summary;
        this.dataset = dataset;
        this.network = network;
        this.warnings = List.copyOf(warnings);
    }

    public VersionSummary summary() {
        return summary;
    }

    public long id() {
        return summary.id();
    }

    public Dataset dataset() {
        return dataset;
    }

    public SupplyNetwork network() {
        return network;
    }

    public List<DatasetProblem> warnings() {
        return warnings;
    }

    /** The value of an analysis of this version that depends on nothing else than {@code key}. */
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, Function<LoadedVersion, T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.apply(this));
    }
}
