package dev.kizuna.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kizuna.server.audit.AuditLog;
import dev.kizuna.server.config.KizunaProperties;
import dev.kizuna.server.dataset.LoadedVersion;
import dev.kizuna.server.dataset.VersionCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs long analyses in the background with progress and cancellation, and keeps their results in
 * the job table. On shutdown, running jobs get {@code kizuna.jobs.shutdown-grace} to finish and are
 * then cancelled, so every job ends in a final state; jobs a crash left unfinished are marked
 * failed at the next start.
 */
@Service
public class JobService implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(JobService.class);
    private static final long PERSIST_EVERY_MS = 500;

    private final JobStore store;
    private final VersionCache versions;
    private final AuditLog audit;
    private final KizunaProperties.Jobs settings;
    private final Map<String, JobRunner> runners;
    private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private final AtomicInteger active = new AtomicInteger();
    private volatile boolean accepting = true;
    private volatile boolean lifecycleRunning;
    private final boolean maintenanceMode;

    public JobService(JobStore store, VersionCache versions, AuditLog audit, KizunaProperties properties,
                      List<JobRunner> runners, MeterRegistry meters,
                      @org.springframework.beans.factory.annotation.Value("${kizuna.maintenance-mode:false}")
                      boolean maintenanceMode) {
        this.maintenanceMode = maintenanceMode;
        this.store = store;
        this.versions = versions;
        this.audit = audit;
        this.settings = properties.jobs();
        this.runners = runners.stream().collect(Collectors.toMap(JobRunner::kind, Function.identity()));
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, settings.threads()), runnable -> {
            Thread thread = new Thread(runnable, "kizuna-job-" + threadNumber.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        });
        meters.gauge("kizuna.jobs.active", active);
    }

    public Set<String> kinds() {
        return new TreeSet<>(runners.keySet());
    }

    public JobView submit(String kind, String version, JsonNode parameters, String user) {
        if (!accepting) {
            throw new IllegalStateException("the server is shutting down; no new jobs");
        }
        JobRunner runner = runners.get(kind);
        if (runner == null) {
            throw new UnsupportedOperationException("no job kind '" + kind + "' on this server; kinds: " + kinds());
        }
        LoadedVersion loaded = versions.get(version);
        JsonNode params = parameters == null || parameters.isNull() ? JsonNodeFactory.instance.objectNode() : parameters;
        runner.validate(loaded, params);
        long id = store.insert(kind, loaded.id(), params, user);
        audit.record(user, "run", "job:" + id, kind + " on version:" + loaded.id() + " " + params);
        RunningJob job = new RunningJob(id);
        running.put(id, job);
        job.future = executor.submit(() -> execute(job, runner, loaded, params));
        return get(id);
    }

    private void execute(RunningJob job, JobRunner runner, LoadedVersion version, JsonNode params) {
        active.incrementAndGet();
        try {
            if (job.cancelled.get()) {
                return;
            }
            store.markRunning(job.id);
            Object result = runner.run(version, params, job);
            job.checkCancelled();
            store.finish(job.id, JobState.SUCCEEDED, job.done.get(), job.total.get(), store.write(result), null);
        } catch (CancellationException | InterruptedException e) {
            store.finish(job.id, JobState.CANCELLED, job.done.get(), job.total.get(), null, job.cancelReason);
        } catch (Exception | StackOverflowError e) {
            if (job.cancelled.get()) {
                store.finish(job.id, JobState.CANCELLED, job.done.get(), job.total.get(), null, job.cancelReason);
            } else {
                LOG.warn("job {} ({}) failed: {}", job.id, runner.kind(), e.toString());
                store.finish(job.id, JobState.FAILED, job.done.get(), job.total.get(), null,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        } finally {
            running.remove(job.id);
            active.decrementAndGet();
        }
    }

    public JobView get(long id) {
        JobView view = store.find(id).orElseThrow(() -> new JobNotFoundException(id));
        RunningJob live = running.get(id);
        if (live != null && !JobState.parse(view.state()).isFinal()) {
            view = new JobView(view.id(), view.kind(), view.versionId(), view.parameters(), view.state(),
                    JobView.Progress.of(live.done.get(), live.total.get()), view.createdBy(), view.createdAt(),
                    view.startedAt(), view.finishedAt(), view.error(), view.result());
        }
        return view;
    }

    public List<JobView> list(Long versionId, int limit) {
        return store.list(versionId, Math.max(1, Math.min(limit, 1000))).stream().map(JobView::withoutResult).toList();
    }

    public JobView cancel(long id, String user) {
        JobView view = get(id);
        if (JobState.parse(view.state()).isFinal()) {
            return view;
        }
        audit.record(user, "cancel", "job:" + id, view.kind());
        interrupt(id, "cancelled by " + user);
        awaitFinal(id, 2000);
        return get(id);
    }

    private void interrupt(long id, String reason) {
        RunningJob job = running.get(id);
        if (job == null) {
            store.finish(id, JobState.CANCELLED, 0, 0, null, reason);
            return;
        }
        job.cancelReason = reason;
        job.cancelled.set(true);
        Future<?> future = job.future;
        if (future != null && future.cancel(true)) {
            // a job cancelled before it started never runs its own finally block
            store.finish(id, JobState.CANCELLED, job.done.get(), job.total.get(), null, reason);
            running.remove(id);
        }
    }

    private void awaitFinal(long id, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        while (running.containsKey(id) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // ---- lifecycle: mark crash leftovers at start, finish or cancel on shutdown ----

    @Override
    public void start() {
        lifecycleRunning = true;
        if (maintenanceMode) {
            // a backup or restore run beside a live server must not touch that server's jobs
            return;
        }
        int stale = store.failUnfinished("the server stopped before this job finished");
        if (stale > 0) {
            LOG.warn("{} job(s) left unfinished by an earlier run marked failed", stale);
        }
    }

    @Override
    public void stop() {
        accepting = false;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("shutdown: cancelling {} job(s) still running after {}", running.size(), settings.shutdownGrace());
                for (Long id : List.copyOf(running.keySet())) {
                    interrupt(id, "cancelled by server shutdown");
                }
                executor.shutdownNow();
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warn("shutdown: some job threads did not stop");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Long id : List.copyOf(running.keySet())) {
            store.finish(id, JobState.CANCELLED, 0, 0, null, "cancelled by server shutdown");
        }
        lifecycleRunning = false;
    }

    @Override
    public boolean isRunning() {
        return lifecycleRunning;
    }

    @Override
    public int getPhase() {
        // stops after the web server has stopped taking requests, before the database closes
        return 0;
    }

    private final class RunningJob implements JobContext {
        final long id;
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicLong lastPersisted = new AtomicLong();
        volatile Future<?> future;
        volatile String cancelReason = "cancelled";

        RunningJob(long id) {
            this.id = id;
        }

        @Override
        public void progress(long done, long total) {
            this.done.accumulateAndGet(done, Math::max);
            this.total.set(total);
            long now = System.currentTimeMillis();
            long last = lastPersisted.get();
            if (now - last >= PERSIST_EVERY_MS && lastPersisted.compareAndSet(last, now)) {
                store.progress(id, this.done.get(), total);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
