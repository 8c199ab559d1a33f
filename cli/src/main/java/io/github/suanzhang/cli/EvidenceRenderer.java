package io.github.suanzhang.cli;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Place;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures of evidence places: the page region around a box, rendered with PDFBox, with the box
 * highlighted (a translucent yellow fill and a red outline), as a PNG {@code data:} URI.
 *
 * <p>Memory is bounded: the PDF is opened with a temp-file stream cache, at most {@value #CACHED_PAGES}
 * rendered pages are kept, a page is rendered at {@value #DPI} dpi or less so that it has at most
 * {@value #MAX_PAGE_PIXELS} pixels, and a picture is at most {@value #MAX_WIDTH}×{@value #MAX_HEIGHT} pixels.
 * One renderer serves one document on one thread; close it when the document is done.
 */
final class EvidenceRenderer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceRenderer.class);
    /** Rendering resolution, dots per inch. */
    static final float DPI = 110f;
    /** Largest rendered page, in pixels (a 14 400 pt page is rendered at a lower resolution). */
    static final long MAX_PAGE_PIXELS = 6_000_000L;
    /** Rendered pages kept for further pictures of the same page. */
    static final int CACHED_PAGES = 2;
    /** Context around the box, in points, left/right and above/below. */
    static final float MARGIN_X = 120f;
    static final float MARGIN_Y = 36f;
    /** Largest picture, in pixels; larger regions are scaled down. */
    static final int MAX_WIDTH = 1000;
    static final int MAX_HEIGHT = 600;

    private final Path file;
    private PDDocument doc;
    private PDFRenderer renderer;
    private boolean failed;
    private final Map<Integer, Rendered> pages = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Rendered> e) {
            return size() > CACHED_PAGES;
        }
    };

    private record Rendered(BufferedImage image, float scale) {
    }

    /** Where full-page pictures go (one PNG per page drawn, {@code <page>.png}); null for none. */
    private final Path pagesDir;

    EvidenceRenderer(Path file) {
        this(file, null);
    }

    /** @param pagesDir where a picture of each page drawn from is written ({@code 12.png}); null for none */
    EvidenceRenderer(Path file, Path pagesDir) {
        this.file = file;
        this.pagesDir = pagesDir;
    }

    /**
     * What to draw for one evidence place: the box, and the context a reader needs to tell which figure it is:
     * for a table cell its row's label ({@code label}, a box on the same line, usually the row's box) and the
     * column header above it ({@code header}, a band on the same page); either may be null.
     */
    record Shot(Place place, Box label, Box header) {
        static Shot of(Place place) {
            return new Shot(place, null, null);
        }
    }

    /** A {@code data:image/png;base64,…} picture of {@code place}, or null when it cannot be drawn. */
    String dataUri(Place place) throws IOException {
        return dataUri(Shot.of(place));
    }

    /** Loads the PDF once, on first use; a file that failed to load is not tried again. */
    private void open() throws IOException {
        if (doc == null) {
            try {
                doc = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
            } catch (IOException e) {
                failed = true;
                throw e;
            }
            renderer = new PDFRenderer(doc);
            renderer.setSubsamplingAllowed(true);
        }
    }

    /** A picture of {@code shot}'s place with its row label and column header, or null when it cannot be drawn. */
    String dataUri(Shot shot) throws IOException {
        Place place = shot.place();
        if (place.page() <= 0 || place.box() == null || failed) {
            return null;
        }
        open();
        if (place.page() > doc.getNumberOfPages()) {
            return null;
        }
        Rendered r = pages.get(place.page());
        if (r == null) {
            r = render(place.page() - 1);
            pages.put(place.page(), r);
            if (pagesDir != null) {
                Path png = pagesDir.resolve(place.page() + ".png");
                if (!java.nio.file.Files.exists(png)) {
                    java.nio.file.Files.createDirectories(pagesDir);
                    ImageIO.write(r.image(), "png", png.toFile());
                }
            }
        }
        return toDataUri(EvidenceCrop.crop(r.image(), r.scale(), shot.place().box(), shot.label(), shot.header()));
    }

    /**
     * The pictures {@link #dataUri} gives when it is called for {@code places} one after another, skipping
     * places without a page or box and stopping once {@code max} pictures were drawn (a place that cannot
     * be drawn does not count): element {@code i} is place {@code i}'s picture or null. The same pictures
     * for the same places, but drawn page by page, so each page is rendered once (a document's evidence
     * jumps between pages and the page cache holds {@value #CACHED_PAGES}), and one place's picture is
     * encoded once however often the place is cited. Failures are logged and give null, as one by one.
     */
    List<String> dataUris(List<Place> places, int max) {
        return shots(places.stream().map(Shot::of).toList(), max);
    }

    /** As {@link #dataUris}, for shots with context. */
    List<String> shots(List<Shot> shots, int max) {
        List<Place> places = shots.stream().map(Shot::place).toList();
        String[] out = new String[places.size()];
        List<Integer> drawable = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (p.box() != null && p.page() > 0) {
                drawable.add(i);
            }
        }
        Map<List<Object>, String> drawn = new HashMap<>();
        int next = 0;
        int ok = 0;
        // one pass per round: the next (max - ok) drawable places, page by page; a further round only when
        // some could not be drawn, so the pictures are exactly those of the first max drawable places in order
        while (ok < max && next < drawable.size()) {
            List<Integer> round = new ArrayList<>(drawable.subList(next, Math.min(drawable.size(), next + max - ok)));
            next += round.size();
            round.sort(Comparator.comparingInt(i -> places.get(i).page()));
            for (int i : round) {
                Place p = places.get(i);
                Shot shot = shots.get(i);
                List<Object> key = java.util.Arrays.asList(p.page(), p.box(), shot.label(), shot.header());
                String uri = drawn.get(key);
                if (uri == null) {
                    try {
                        uri = dataUri(shot);
                    } catch (IOException | RuntimeException e) {
                        LOG.debug("cannot draw {}: {}", p, e.toString());
                    }
                    if (uri != null) {
                        drawn.put(key, uri);
                    }
                }
                if (uri != null) {
                    out[i] = uri;
                    ok++;
                }
            }
        }
        return Arrays.asList(out);
    }

    private Rendered render(int pageIndex) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        PDRectangle crop = page.getCropBox();
        double w = crop.getWidth();
        double h = crop.getHeight();
        double maxDpi = 72.0 * Math.sqrt(MAX_PAGE_PIXELS / Math.max(1.0, w * h));
        float dpi = (float) Math.min(DPI, maxDpi);
        BufferedImage img = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        return new Rendered(img, dpi / 72f);
    }

    private static String toDataUri(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @Override
    public void close() throws IOException {
        pages.clear();
        if (doc != null) {
            doc.close();
            doc = null;
        }
    }

    // ---- the whole page, for a judge (suanzhang sample); appended, the methods above are untouched

    /**
     * The whole page {@code pageNo} (1-based), rendered as for {@link #dataUri} (same resolution, same page cache),
     * with each of {@code boxes} highlighted as there (a translucent yellow fill, a red outline): for a judge who
     * must see the whole table, not only the region around one cell. Null when the page does not exist or the
     * file could not be read before.
     */
    BufferedImage wholePage(int pageNo, List<Box> boxes) throws IOException {
        if (pageNo <= 0 || failed) {
            return null;
        }
        open();
        if (pageNo > doc.getNumberOfPages()) {
            return null;
        }
        Rendered r = pages.get(pageNo);
        if (r == null) {
            r = render(pageNo - 1);
            pages.put(pageNo, r);
        }
        BufferedImage page = r.image();
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float s = r.scale();
            for (Box box : boxes) {
                int bx = (int) Math.round(box.x0() * s);
                int by = (int) Math.round(box.y0() * s);
                int bw = Math.max(2, (int) Math.round(box.width() * s));
                int bh = Math.max(2, (int) Math.round(box.height() * s));
                EvidenceCrop.highlight(g, bx, by, bw, bh);
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
