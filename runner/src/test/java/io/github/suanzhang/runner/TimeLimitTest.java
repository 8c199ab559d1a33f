package io.github.suanzhang.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
    /** A job that returns its index at once, or (for {@code block}) waits until interrupted. */
    private static final class Job implements TimeLimit.Job<Integer> {
        final int index;
        final boolean block;
        final AtomicBoolean abandoned = new AtomicBoolean();
        final CountDownLatch interrupted = new CountDownLatch(1);

        Job(int index, boolean block) {
            this.index = index;
            this.block = block;
        }

        @Override
        public Integer call() {
            if (block) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }
            return index;
        }

        @Override
        public void abandon() {
            abandoned.set(true);
        }
    }

    @Test
    void everyInputIsReportedOnceAndOnlyTheStuckOneTimesOut() throws Exception {
        Map<Integer, String> heard = new ConcurrentHashMap<>();
        Map<Integer, Job> jobs = new ConcurrentHashMap<>();
        TimeLimit<Integer> limit = new TimeLimit<>(2, 1, "test-worker-");
        int timedOut = limit.run(List.of(0, 1, 2, 3).iterator(), i -> {
            Job j = new Job(i, i == 2);
            jobs.put(i, j);
            return j;
        }, new TimeLimit.Listener<>() {
            @Override
            public void done(int index, Future<Integer> f) {
                try {
                    heard.merge(index, "done " + f.get(), (a, b) -> a + "; " + b);
                } catch (Exception e) {
                    heard.merge(index, "failed", (a, b) -> a + "; " + b);
                }
            }

            @Override
            public void timedOut(int index, long startedNanos) {
                assertTrue(System.nanoTime() - startedNanos >= TimeUnit.SECONDS.toNanos(1));
                heard.merge(index, "timeout", (a, b) -> a + "; " + b);
            }
        });
        assertEquals(1, timedOut);
        assertEquals(Map.of(0, "done 0", 1, "done 1", 2, "timeout", 3, "done 3"), heard);
        assertTrue(jobs.get(2).abandoned.get());
        assertTrue(jobs.get(2).interrupted.await(5, TimeUnit.SECONDS), "the stuck job's thread was interrupted");
        assertTrue(!jobs.get(0).abandoned.get());
    }

    @Test
    void noLimitWaitsForEveryJob() throws Exception {
        TimeLimit<Integer> limit = new TimeLimit<>(1, 0, "test-worker-");
        int[] sum = {0};
        int timedOut = limit.run(List.of(0, 1, 2).iterator(), i -> new Job(i, false), new TimeLimit.Listener<>() {
            @Override
            public void done(int index, Future<Integer> f) {
                try {
                    sum[0] += f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }

            @Override
            public void timedOut(int index, long startedNanos) {
                throw new AssertionError("no limit");
            }
        });
        assertEquals(0, timedOut);
        assertEquals(3, sum[0]);
    }
}
