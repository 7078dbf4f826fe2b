package dev.kizuna.scenario;

import dev.kizuna.network.SupplyNetwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a sweep on local platform threads, each with its own evaluator; workers take the next scenario index. */
public final class LocalSweepExecutor implements SweepExecutor {
    private final int threads;

    public LocalSweepExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** One thread per available processor. */
    public static LocalSweepExecutor perProcessor() {
        return new LocalSweepExecutor(Runtime.getRuntime().availableProcessors());
    }

    @Override
    public <S, R> List<R> sweep(SupplyNetwork network, List<S> scenarios, EvaluatorFactory<S, R> factory,
                                SweepProgress progress) {
        int total = scenarios.size();
        Object[] results = new Object[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, total));
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "kizuna-sweep");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> {
                    ScenarioEvaluator<S, R> evaluator = factory.create(network);
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        if (Thread.currentThread().isInterrupted()) {
                            return;
                        }
                        results[i] = evaluator.evaluate(scenarios.get(i));
                        progress.update(done.incrementAndGet(), total);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return java.util.Collections.unmodifiableList(list);
    }
}
