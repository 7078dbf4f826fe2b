package dev.kizuna.server.dataset;

import dev.kizuna.io.dataset.LoadResult;
import dev.kizuna.network.NetworkCompiler;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loaded versions, the most recently used few kept in memory: the API answers from compiled
 * networks and memoised analyses, not by re-reading the database on each request.
 */
@Component
public class VersionCache {
    private static final int CAPACITY = 8;
    private static final long LATEST_TTL_MS = 500;

    private final VersionStore store;
    private volatile long[] latest;
    private final Map<Long, LoadedVersion> loaded = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, LoadedVersion> eldest) {
            return size() > CAPACITY;
        }
    };

    public VersionCache(VersionStore store) {
        this.store = store;
    }

    /** @param idOrLatest a version id, or "latest" */
    public LoadedVersion get(String idOrLatest) {
        return get(resolve(idOrLatest));
    }

    public long resolve(String idOrLatest) {
        if ("latest".equals(idOrLatest)) {
            return latestId();
        }
        try {
            return Long.parseLong(idOrLatest);
        } catch (NumberFormatException e) {
            throw new VersionNotFoundException("no version '" + idOrLatest + "' (a number or 'latest')");
        }
    }

    /**
     * The newest version id, asked of the database at most every {@value #LATEST_TTL_MS} ms: the
     * dashboard of "latest" is what most clients poll. Imports through this server refresh it at once;
     * other servers sharing the database see a new version within that time.
     */
    public long latestId() {
        long now = System.nanoTime();
        long[] cached = latest;
        if (cached != null && now - cached[1] < LATEST_TTL_MS * 1_000_000L) {
            return cached[0];
        }
        long id = store.findLatestId().orElseThrow(() -> new VersionNotFoundException("no dataset version yet"));
        latest = new long[] {id, now};
        return id;
    }

    public void forgetLatest() {
        latest = null;
    }

    public LoadedVersion get(long id) {
        synchronized (loaded) {
            LoadedVersion version = loaded.get(id);
            if (version != null) {
                return version;
            }
        }
        LoadedVersion version = load(id);
        synchronized (loaded) {
            return loaded.computeIfAbsent(id, k -> version);
        }
    }

    private LoadedVersion load(long id) {
        VersionSummary summary = store.find(id).orElseThrow(() -> new VersionNotFoundException("no version " + id));
        return switch (DatasetLoading.read(store.files(id))) {
            case LoadResult.Loaded ok -> new LoadedVersion(summary, ok.dataset(), NetworkCompiler.compile(ok.dataset()),
                    ok.warnings());
            case LoadResult.Rejected rejected -> throw new IllegalStateException("stored version " + id
                    + " no longer validates: " + rejected.problems());
        };
    }

    public void clear() {
        forgetLatest();
        synchronized (loaded) {
            loaded.clear();
        }
    }
}
