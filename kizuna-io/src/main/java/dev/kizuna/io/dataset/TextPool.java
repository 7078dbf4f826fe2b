package dev.kizuna.io.dataset;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares equal strings of low-variety columns (category, region, status-like text) within one
 * file. Bounded, so a column that turns out to be unique per row costs at most a small map.
 */
final class TextPool {
    private static final int MAX_ENTRIES = 4096;
    private final Map<String, String> pool = new HashMap<>();

    String share(String text) {
        if (text == null) {
            return null;
        }
        String shared = pool.get(text);
        if (shared != null) {
            return shared;
        }
        if (pool.size() < MAX_ENTRIES) {
            pool.put(text, text);
        }
        return text;
    }
}
