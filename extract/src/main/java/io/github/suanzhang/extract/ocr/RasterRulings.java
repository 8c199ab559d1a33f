package io.github.suanzhang.extract.ocr;

import io.github.suanzhang.extract.layout.Ruling;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Ruling lines found on a raster (a scanned page has no vector paths): long runs of dark pixels along rows
 * (horizontals) and columns (verticals). Runs on neighbouring rows that overlap are one line, so a line a
 * few pixels thick, or slightly skewed, is found once. Also erases the lines it found, which helps the OCR
 * engine read the cells between them.
 *
 * <p>Geometry: the image is the page rendered at {@code dpi}, so one pixel is {@code 72 / dpi} points;
 * rulings come back in points, top-left origin, as the PDF path gives them.
 */
final class RasterRulings {
    /** A pixel darker than this (0–255) is ink. */
    static final int INK = 140;

    private final int width;
    private final int height;
    private final byte[] grey;
    private final double pointsPerPixel;
    private final List<Line> lines = new ArrayList<>();

    private RasterRulings(BufferedImage image, double dpi) {
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.grey = greyPixels(image);
        this.pointsPerPixel = 72.0 / dpi;
    }

    /**
     * Finds the rulings of an image.
     *
     * @param image         the page rendered at {@code dpi}
     * @param dpi           resolution of the image
     * @param minLengthPt   a line shorter than this (points) is not a ruling (text strokes are shorter)
     * @param maxThicknessPt a line thicker than this (points) is a filled area, not a ruling
     */
    public static RasterRulings find(BufferedImage image, double dpi, double minLengthPt, double maxThicknessPt) {
        RasterRulings r = new RasterRulings(image, dpi);
        int minRun = Math.max(4, (int) Math.round(minLengthPt / 3 / r.pointsPerPixel));
        int minLen = (int) Math.round(minLengthPt / r.pointsPerPixel);
        int maxThick = Math.max(2, (int) Math.round(maxThicknessPt / r.pointsPerPixel));
        int gap = Math.max(1, (int) Math.round(dpi / 100));
        r.scan(true, minRun, minLen, maxThick, gap);
        r.scan(false, minRun, minLen, maxThick, gap);
        return r;
    }

    /** The rulings found, in points. */
    public List<Ruling> rulings() {
        List<Ruling> out = new ArrayList<>();
        for (Line l : lines) {
            double pos = (l.across0 + l.across1 + 1) / 2.0 * pointsPerPixel;
            double a = l.along0 * pointsPerPixel;
            double b = (l.along1 + 1) * pointsPerPixel;
            out.add(l.horizontal ? Ruling.horizontal(pos, a, b) : Ruling.vertical(pos, a, b));
        }
        return out;
    }

    /** A copy of the image with the found lines painted white (one pixel of margin around each run). */
    public BufferedImage erased() {
        byte[] g = grey.clone();
        for (Line l : lines) {
            for (int[] run : l.runs) {
                for (int across = run[0] - 1; across <= run[0] + 1; across++) {
                    for (int along = run[1] - 1; along <= run[2] + 1; along++) {
                        int x = l.horizontal ? along : across;
                        int y = l.horizontal ? across : along;
                        if (x >= 0 && y >= 0 && x < width && y < height) {
                            g[y * width + x] = (byte) 255;
                        }
                    }
                }
            }
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        out.getRaster().setDataElements(0, 0, width, height, g);
        return out;
    }

    private void scan(boolean horizontal, int minRun, int minLen, int maxThick, int gap) {
        int outer = horizontal ? height : width;
        int inner = horizontal ? width : height;
        List<Line> open = new ArrayList<>();
        List<Line> done = new ArrayList<>();
        for (int a = 0; a < outer; a++) {
            int start = -1;
            int lastInk = -1;
            List<int[]> runs = new ArrayList<>();
            for (int b = 0; b <= inner; b++) {
                boolean ink = b < inner && ink(horizontal ? b : a, horizontal ? a : b);
                if (ink) {
                    if (start < 0) {
                        start = b;
                    } else if (b - lastInk > gap + 1) {
                        if (lastInk - start + 1 >= minRun) {
                            runs.add(new int[] {a, start, lastInk});
                        }
                        start = b;
                    }
                    lastInk = b;
                } else if (b == inner && start >= 0 && lastInk - start + 1 >= minRun) {
                    runs.add(new int[] {a, start, lastInk});
                }
            }
            for (int[] run : runs) {
                Line into = null;
                for (Line l : open) {
                    if (a - l.across1 <= 2 && run[1] <= l.along1 + gap + 1 && run[2] >= l.along0 - gap - 1) {
                        into = l;
                        break;
                    }
                }
                if (into == null) {
                    into = new Line(horizontal, a);
                    open.add(into);
                }
                into.add(run);
            }
            for (int i = open.size() - 1; i >= 0; i--) {
                if (a - open.get(i).across1 > 2) {
                    done.add(open.remove(i));
                }
            }
        }
        done.addAll(open);
        for (Line l : done) {
            if (l.along1 - l.along0 + 1 >= minLen && l.across1 - l.across0 + 1 <= maxThick) {
                lines.add(l);
            }
        }
    }

    private boolean ink(int x, int y) {
        return (grey[y * width + x] & 0xff) < INK;
    }

    private static byte[] greyPixels(BufferedImage image) {
        BufferedImage g = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            g.getGraphics().drawImage(image, 0, 0, null);
        }
        byte[] px = new byte[image.getWidth() * image.getHeight()];
        g.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), px);
        return px;
    }

    /** Runs merged into one line: {@code across} is the row (or column) range, {@code along} the extent. */
    private static final class Line {
        final boolean horizontal;
        int across0;
        int across1;
        int along0 = Integer.MAX_VALUE;
        int along1 = Integer.MIN_VALUE;
        final List<int[]> runs = new ArrayList<>();

        Line(boolean horizontal, int across) {
            this.horizontal = horizontal;
            this.across0 = across;
            this.across1 = across;
        }

        void add(int[] run) {
            runs.add(run);
            across1 = Math.max(across1, run[0]);
            along0 = Math.min(along0, run[1]);
            along1 = Math.max(along1, run[2]);
        }
    }
}
