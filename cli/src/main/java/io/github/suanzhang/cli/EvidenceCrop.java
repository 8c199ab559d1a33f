package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Box;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Cuts the picture of one evidence place out of a rendered page: the box with a margin, widened to the left to
 * the row's label and, for a table cell, the column header band above the row. When the header is far above
 * (a long table), the picture is two strips, the header band over the row, joined by a dashed line, so that
 * it stays small. The box is highlighted (translucent yellow, red outline).
 */
final class EvidenceCrop {
    /** Context around the box, in points, left/right and above/below. */
    static final float MARGIN_X = 60f;
    static final float MARGIN_Y = 30f;
    /** A header farther above the row than this (points) is drawn as a strip of its own. */
    static final float JOIN_GAP = 140f;
    /** Largest picture, in pixels; larger regions are scaled down. */
    static final int MAX_WIDTH = 1000;
    static final int MAX_HEIGHT = 600;
    private static final int SEPARATOR = 8;

    private EvidenceCrop() {
    }

    /**
     * @param page  the rendered page
     * @param s     pixels per point
     * @param box   the evidence box
     * @param label the row's label box (or the whole row), null for none
     * @param header the column header band, null for none
     */
    static BufferedImage crop(BufferedImage page, float s, Box box, Box label, Box header) {
        double x0 = box.x0() - MARGIN_X;
        double x1 = box.x1() + MARGIN_X;
        if (label != null) {
            x0 = Math.min(x0, label.x0() - 6);
            x1 = Math.max(x1, Math.min(label.x1(), box.x1() + MARGIN_X));
        }
        double rowY0 = box.y0() - MARGIN_Y;
        double rowY1 = box.y1() + MARGIN_Y;
        if (header != null) {
            x0 = Math.min(x0, Math.max(header.x0(), x0));
        }
        int[] row = px(page, s, x0, rowY0, x1, rowY1);
        int[] head = null;
        if (header != null && header.y1() <= box.y0()) {
            if (box.y0() - header.y1() <= JOIN_GAP) {
                row = px(page, s, x0, Math.min(header.y0() - 4, rowY0), x1, rowY1); // one picture
            } else {
                head = px(page, s, x0, header.y0() - 4, x1, header.y1() + 2);
            }
        }
        if (row[2] - row[0] < 2 || row[3] - row[1] < 2) {
            row = new int[] {0, 0, page.getWidth(), page.getHeight()};
            head = null;
        }
        int w = row[2] - row[0];
        int hh = head == null || head[3] - head[1] < 2 ? 0 : head[3] - head[1];
        int h = row[3] - row[1] + (hh > 0 ? hh + SEPARATOR : 0);
        double down = Math.min(1.0, Math.min((double) MAX_WIDTH / w, (double) MAX_HEIGHT / h));
        int ow = Math.max(1, (int) Math.round(w * down));
        int oh = Math.max(1, (int) Math.round(h * down));
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, ow, oh);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int top = 0;
            if (hh > 0) {
                int hOut = (int) Math.round(hh * down);
                g.drawImage(page, 0, 0, ow, hOut, head[0], head[1], head[2], head[3], null);
                int sy = hOut + (int) Math.round(SEPARATOR * down / 2);
                g.setColor(new Color(150, 150, 150));
                g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                g.drawLine(0, sy, ow, sy);
                top = hOut + (int) Math.round(SEPARATOR * down);
            }
            g.drawImage(page, 0, top, ow, oh, row[0], row[1], row[2], row[3], null);
            double k = s * down;
            int bx = (int) Math.round((box.x0() * s - row[0]) * down);
            int by = top + (int) Math.round((box.y0() * s - row[1]) * down);
            int bw = Math.max(2, (int) Math.round(box.width() * k));
            int bh = Math.max(2, (int) Math.round(box.height() * k));
            highlight(g, bx, by, bw, bh);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int[] px(BufferedImage page, float s, double x0, double y0, double x1, double y1) {
        return new int[] {clamp((int) Math.floor(x0 * s), page.getWidth()), clamp((int) Math.floor(y0 * s), page.getHeight()),
            clamp((int) Math.ceil(x1 * s), page.getWidth()), clamp((int) Math.ceil(y1 * s), page.getHeight())};
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    /** The highlight of a cited place: a translucent yellow fill and a red outline around the box (pixels). */
    static void highlight(Graphics2D g, int bx, int by, int bw, int bh) {
        g.setColor(new Color(255, 210, 0, 90));
        g.fillRect(bx - 2, by - 2, bw + 4, bh + 4);
        g.setColor(new Color(220, 30, 30, 220));
        g.setStroke(new BasicStroke(2f));
        g.drawRect(bx - 3, by - 3, bw + 6, bh + 6);
    }
}
