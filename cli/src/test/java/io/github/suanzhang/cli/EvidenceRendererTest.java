package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.suanzhang.core.doc.Box;
import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.testdata.RealSamples;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link EvidenceRenderer#dataUris} (page by page, each place encoded once) draws exactly the pictures that
 * drawing place after place with {@link EvidenceRenderer#dataUri} does, capped the same way.
 */
class EvidenceRendererTest {
    private static final Path PDF = RealSamples.path("shanghai_putuo_shehuigongzuobu_2024_bumen_juesuan.pdf");

    private static Place at(int page, double x0, double y0) {
        return Place.onPage(page, new Box(x0, y0, x0 + 40, y0 + 10));
    }

    /** The old way, kept as the specification: one place after another while fewer than max were drawn. */
    private static List<String> oneByOne(List<Place> places, int max) throws IOException {
        List<String> out = new ArrayList<>();
        int drawn = 0;
        try (EvidenceRenderer r = new EvidenceRenderer(PDF)) {
            for (Place p : places) {
                String img = null;
                if (p.box() != null && p.page() > 0 && drawn < max) {
                    try {
                        img = r.dataUri(p);
                    } catch (IOException | RuntimeException e) {
                        img = null;
                    }
                }
                if (img != null) {
                    drawn++;
                }
                out.add(img);
            }
        }
        return out;
    }

    private static List<String> pageByPage(List<Place> places, int max) throws IOException {
        try (EvidenceRenderer r = new EvidenceRenderer(PDF)) {
            return r.dataUris(places, max);
        }
    }

    /** Evidence that jumps between pages, repeats a place, and has places that cannot be drawn. */
    private static final List<Place> PLACES = List.of(
            at(5, 100, 200), at(8, 300, 120), at(5, 100, 200), Place.UNKNOWN, at(6, 80, 400),
            at(999, 10, 10) /* no such page: not drawn, does not count */, at(8, 300, 120), Place.onPage(5, null),
            at(5, 400, 500), at(6, 80, 400), at(7, 120, 300), at(8, 60, 60), at(5, 100, 200));

    @Test
    void samePicturesAsOneByOne() throws IOException {
        List<String> expected = oneByOne(PLACES, 100);
        assertEquals(expected, pageByPage(PLACES, 100));
        assertNotNull(expected.get(0));
        assertNull(expected.get(3));
        assertNull(expected.get(5));
        assertNull(expected.get(7));
        assertEquals(expected.get(0), expected.get(2), "one place, one picture");
    }

    /** The cap counts drawn pictures in the order of the places; a place that cannot be drawn lets a later one in. */
    @Test
    void sameCapAsOneByOne() throws IOException {
        for (int max = 0; max <= 8; max++) {
            List<String> expected = oneByOne(PLACES, max);
            assertEquals(expected, pageByPage(PLACES, max), "max " + max);
            assertEquals(Math.min(max, 9), expected.stream().filter(s -> s != null).count(), "max " + max);
        }
    }
}
