package io.github.suanzhang.runner;

import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job per input, at most {@code slots} at once, each under a time limit: the per-document time
 * limit of the {@code suanzhang audit} batch, shared with the Spark job (one slot per task there).
 *
 * <h2>Time limits and stuck threads</h2>
 * An input's clock starts when its job is submitted (a job is submitted only when one of the {@code slots}
 * is free, so it starts at once). When the limit passes, the coordinating thread (the caller of
 * {@link #run}) tells the {@link Listener} that the input timed out, calls {@link Job#abandon()}, cancels
 * the job ({@link Future#cancel(boolean) cancel(true)} interrupts its thread) and frees the slot: the run
 * goes on. The job checks for interruption between its steps and then discards its work, but PDFBox does
 * not check for interruption inside parsing or rendering, so a thread stuck in a pathological file may keep
 * running. Workers are therefore daemon threads from a pool that creates a fresh thread when the others
 * are busy (the number of jobs <em>running on our behalf</em> stays bounded by the slots, not by the pool):
 * a stuck thread costs its memory until it finishes, never a slot, and never keeps the process from
 * exiting. Their number is logged at the end. Only the coordinating thread hears of results, so a job that
 * finishes after its time-out reaches nobody.
 *
 * @param <T> what a job hands back
 */
public final class TimeLimit<T> {
    private static final Logger LOG = LoggerFactory.getLogger(TimeLimit.class);
    private static final long POLL_MILLIS = 250;

    /** One input's work: {@link #abandon()} is called when the coordinator gives up on it. */
    public interface Job<T> extends Callable<T> {
        /** The coordinator gave up on this job: it should stop at its next check and leave nothing behind. */
        void abandon();
    }

    /** Hears of every input exactly once, on the coordinating thread. */
    public interface Listener<T> {
        /** The job of input {@code index} ended (normally or by an exception: {@code f.get()} says which). */
        void done(int index, Future<T> f) throws IOException;

        /** Input {@code index} passed its time limit; its job was abandoned. */
        void timedOut(int index, long startedNanos) throws IOException;

        /** Called about every quarter second (progress display); does nothing by default. */
        default void tick() {
        }
    }

    private final int slots;
    private final long timeoutSeconds;
    private final String threadName;

    /**
     * @param slots          jobs running at once (at least 1)
     * @param timeoutSeconds per input; 0 for none
     * @param threadName     the prefix of the worker threads' names
     */
    public TimeLimit(int slots, long timeoutSeconds, String threadName) {
        this.slots = Math.max(1, slots);
        this.timeoutSeconds = timeoutSeconds;
        this.threadName = threadName;
    }

    public long timeoutSeconds() {
        return timeoutSeconds;
    }

    private record Running<T>(int index, long deadline, long started, Job<T> job) {
    }

    /**
     * Runs the inputs in {@code order} (indices), creating each one's job with {@code jobs} when a slot is
     * free; returns when every input was reported to {@code listener}.
     *
     * @return the number of inputs that timed out
     */
    public int run(Iterator<Integer> order, IntFunction<Job<T>> jobs, Listener<T> listener) throws IOException {
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, threadName + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newCachedThreadPool(tf);
        ExecutorCompletionService<T> done = new ExecutorCompletionService<>(pool);
        Map<Future<T>, Running<T>> running = new HashMap<>();
        int abandoned = 0;
        try {
            while (order.hasNext() || !running.isEmpty()) {
                while (running.size() < slots && order.hasNext()) {
                    int index = order.next();
                    long now = System.nanoTime();
                    long deadline = timeoutSeconds > 0 ? now + TimeUnit.SECONDS.toNanos(timeoutSeconds) : Long.MAX_VALUE;
                    Job<T> job = jobs.apply(index);
                    running.put(done.submit(job), new Running<>(index, deadline, now, job));
                }
                long now = System.nanoTime();
                long wait = POLL_MILLIS;
                for (Running<T> r : running.values()) {
                    wait = Math.min(wait, Math.max(0, TimeUnit.NANOSECONDS.toMillis(r.deadline() - now) + 1));
                }
                Future<T> f;
                try {
                    f = done.poll(wait, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                if (f != null) {
                    Running<T> r = running.remove(f);
                    if (r != null) { // null: a cancelled (timed-out) job
                        listener.done(r.index(), f);
                    }
                }
                now = System.nanoTime();
                for (Iterator<Map.Entry<Future<T>, Running<T>>> i = running.entrySet().iterator(); i.hasNext(); ) {
                    Map.Entry<Future<T>, Running<T>> e = i.next();
                    Running<T> r = e.getValue();
                    if (now >= r.deadline() && !e.getKey().isDone()) {
                        r.job().abandon();
                        e.getKey().cancel(true);
                        i.remove();
                        abandoned++;
                        listener.timedOut(r.index(), r.started());
                    }
                }
                listener.tick();
            }
        } finally {
            pool.shutdownNow();
        }
        if (abandoned > 0) {
            boolean ended;
            try {
                ended = pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended = false;
            }
            int busy = ((ThreadPoolExecutor) pool).getActiveCount();
            LOG.warn("{} input(s) timed out; {}", abandoned, ended ? "their threads have ended"
                    : busy + " worker thread(s) are still busy with them (daemon threads: they end with the process)");
        }
        return abandoned;
    }

    /** The message of a timed-out input's status row. */
    public String message() {
        return "超过时间限制（" + timeoutSeconds + " 秒），已放弃；其余文件照常处理";
    }
}
