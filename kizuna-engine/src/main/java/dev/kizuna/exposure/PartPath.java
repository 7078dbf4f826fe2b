package dev.kizuna.exposure;

import dev.kizuna.network.SupplyNetwork;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An explanation path as a list of part ids, backed by part indexes: millions of exposure paths
 * on a large network would otherwise cost a String list each.
 */
public final class PartPath extends AbstractList<String> implements RandomAccess {
    private final SupplyNetwork network;
    private final int[] parts;

    public PartPath(SupplyNetwork network, int[] parts) {
        this.network = network;
        this.parts = parts.clone();
    }

    @Override
    public String get(int index) {
        return network.partKey(parts[index]);
    }

    @Override
    public int size() {
        return parts.length;
    }
}
