package io.github.suanzhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * The picture of a table cell holds its row label (far to the left) and its column header (far above): a page
 * is drawn with a blue label, a green header and a grey cell, at 1 pixel per point, and the crop is searched
 * for those colours.
 */
class EvidenceCropTest {
    private static final Color LABEL = new Color(0, 0, 200);
    private static final Color HEADER = new Color(0, 160, 0);

    private static BufferedImage page() {
        BufferedImage p = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = p.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(LABEL);
        g.fillRect(40, 600, 80, 12);      // the row label, 300 pt left of the cell
        g.setColor(HEADER);
        g.fillRect(400, 100, 60, 20);     // the column header, 480 pt above the cell
        g.setColor(Color.GRAY);
        g.fillRect(420, 600, 40, 12);     // the cell
        g.dispose();
        return p;
    }

    private static boolean has(BufferedImage img, Color c) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) < 40 && Math.abs(p.getGreen() - c.getGreen()) < 40
                        && Math.abs(p.getBlue() - c.getBlue()) < 40) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void a_cell_alone_shows_neither_label_nor_header() {
        BufferedImage img = EvidenceCrop.crop(page(), 1f, new Box(420, 600, 460, 612), null, null);
        assertFalse(has(img, LABEL));
        assertFalse(has(img, HEADER));
    }

    @Test
    void with_its_row_and_header_the_picture_shows_both_in_two_strips() {
        Box cell = new Box(420, 600, 460, 612);
        BufferedImage img = EvidenceCrop.crop(page(), 1f, cell, new Box(40, 600, 560, 612), new Box(40, 95, 460, 125));
        assertTrue(has(img, LABEL), "the row label is in the picture");
        assertTrue(has(img, HEADER), "the column header is in the picture");
        assertTrue(img.getHeight() < 200, "header and row as two strips, not the 500 pt between: " + img.getHeight());
    }

    @Test
    void a_header_just_above_is_one_picture() {
        Box cell = new Box(420, 600, 460, 612);
        BufferedImage two = EvidenceCrop.crop(page(), 1f, cell, null, new Box(40, 500, 460, 560));
        BufferedImage none = EvidenceCrop.crop(page(), 1f, cell, null, null);
        assertEquals(none.getWidth(), two.getWidth());
        assertTrue(two.getHeight() > none.getHeight() + 60, "the band above is included");
    }
}
