package io.github.suanzhang.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr. On a terminal: one line redrawn in place (done/total, rate, time left). Otherwise:
 * one plain line per finished input. Nothing with {@code --quiet}.
 */
final class Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final int total;
    private final long t0 = System.nanoTime();
    private int done;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, boolean quiet, int total) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.total = total;
    }

    /** One input finished. */
    void done(SummaryRow row) {
        done++;
        if (quiet) {
            return;
        }
        if (terminal) {
            draw(true);
        } else {
            err.printf(Locale.ROOT, "[%d/%d] %s %s (%s s)%n", done, total, row.status().label(), row.file(),
                    row.seconds());
            err.flush();
        }
    }

    /** Time passes: redraw the bar now and then so that the rate and time left stay current. */
    void tick() {
        if (!quiet && terminal) {
            draw(false);
        }
    }

    /** Removes the bar before something is printed on the terminal. */
    void clear() {
        if (!quiet && terminal && drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    void finish() {
        if (!quiet && terminal) {
            draw(true);
            err.println();
            err.flush();
        }
    }

    private void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double secs = (now - t0) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String eta = rate > 0 && done < total ? clock((total - done) / rate) : done >= total ? "0:00" : "?";
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d  %.2f/s  ETA %s  ", "#".repeat(filled), "-".repeat(WIDTH - filled),
                done, total, rate, eta);
        err.flush();
        drawn = true;
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
