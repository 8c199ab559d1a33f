package io.github.suanzhang.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.number.Amount;
import io.github.suanzhang.core.number.Unit;
import io.github.suanzhang.core.table.Cell;
import io.github.suanzhang.core.table.ColumnDef;
import io.github.suanzhang.core.table.Row;
import io.github.suanzhang.core.table.Table;
import io.github.suanzhang.core.table.TableKind;
import io.github.suanzhang.extract.layout.Ruling;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OCR reader's steps on invented inputs: no engine needed. */
class OcrStepsTest {

    @Test
    void tesseractTsvWordsWithBoxesAndConfidence() throws OcrException {
        String tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
                + "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2340\t-1\t\n"
                + "5\t1\t2\t1\t1\t1\t1026\t261\t89\t23\t76.4\t445.69\n"
                + "5\t1\t2\t1\t1\t2\t545\t257\t80\t30\t96\t住房\n"
                + "5\t1\t2\t1\t1\t3\t600\t257\t80\t30\t96\t \n";
        List<OcrWord> words = TesseractEngine.parseTsv(tsv);
        assertEquals(2, words.size());
        assertEquals("445.69", words.get(0).text());
        assertEquals(1115, words.get(0).right());
        assertEquals(76.4, words.get(0).confidence(), 1e-9);
        assertEquals(words.get(0).line(), words.get(1).line());
    }

    /** 表格线 on a raster: two horizontals and three verticals found once each, short strokes (text) ignored. */
    @Test
    void rasterRulingsFindTheGridNotTheText() {
        int dpi = 200;
        BufferedImage img = new BufferedImage(1000, 600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 600);
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 800, 3);      // horizontal, 3 px thick
        g.fillRect(100, 400, 800, 2);
        g.fillRect(100, 100, 2, 302);      // verticals
        g.fillRect(500, 100, 3, 302);
        g.fillRect(898, 100, 2, 302);
        g.fillRect(200, 250, 30, 4);       // a text stroke (一): too short
        g.dispose();
        RasterRulings r = RasterRulings.find(img, dpi, 20, 4);
        List<Ruling> rulings = r.rulings();
        assertEquals(2, rulings.stream().filter(Ruling::horizontal).count(), rulings::toString);
        assertEquals(3, rulings.stream().filter(x -> !x.horizontal()).count(), rulings::toString);
        double pt = 72.0 / dpi;
        Ruling top = rulings.stream().filter(Ruling::horizontal).min((a, b) -> Double.compare(a.position(), b.position()))
                .orElseThrow();
        assertEquals(101.5 * pt, top.position(), 0.6);
        assertEquals(100 * pt, top.start(), 1);
        assertEquals(900 * pt, top.end(), 1);
        BufferedImage erased = r.erased();
        assertEquals(255, erased.getRaster().getSample(300, 101, 0), "the line is erased");
        assertTrue(erased.getRaster().getSample(210, 251, 0) < 100, "the text stroke stays");
    }

    @Test
    void groupingPointsBeforeTheDecimalPointAreCommas() {
        assertEquals("2,995.39", DigitPass.grouping("2.995.39"));
        assertEquals("1,234,567.8", DigitPass.grouping("1.234.567.8"));
        assertEquals("445.69", DigitPass.grouping("445.69"));
        assertEquals("12.345", DigitPass.grouping("12.345"), "one point: a decimal point");
    }

    @Test
    void aCommaBeforeTheLastTwoDigitsIsTheDecimalPoint() {
        assertEquals("2,906.63", DigitPass.grouping("2,906,63"));
        assertEquals("345.48", DigitPass.grouping("345,48"));
        assertEquals("-7.5", DigitPass.grouping("-7,5"));
        assertEquals("1,302", DigitPass.grouping("1,302"), "three digits after a comma: grouping");
        assertEquals("12,345,678", DigitPass.grouping("12,345,678"));
    }

    /**
     * 表格的单元格: the two pieces a page reading left of one figure (the point lost in a wide gap) are one
     * region, the cell between the vertical rulings; the figure in the next cell is another; a cell that also
     * holds a label is read over the figure's own box only.
     */
    @Test
    void cellRegionsFollowTheRulings() {
        double ppp = 72.0 / 300;
        List<Ruling> rulings = List.of(
                Ruling.vertical(100 * ppp, 0, 500 * ppp), Ruling.vertical(400 * ppp, 0, 500 * ppp),
                Ruling.vertical(700 * ppp, 0, 500 * ppp), Ruling.vertical(1200 * ppp, 0, 500 * ppp),
                Ruling.horizontal(50 * ppp, 0, 1200 * ppp), Ruling.horizontal(120 * ppp, 0, 1200 * ppp));
        OcrWord a = new OcrWord("4,651", 250, 70, 80, 30, 90, "1");
        OcrWord b = new OcrWord("67", 350, 70, 30, 30, 90, "1");
        OcrWord c = new OcrWord("339.50", 580, 70, 100, 30, 90, "1");
        OcrWord label = new OcrWord("其中", 720, 70, 60, 30, 90, "1");
        OcrWord d = new OcrWord("12.00", 1000, 70, 90, 30, 90, "1");
        List<CellPass.Region> regions = CellPass.regions(List.of(a, b, c, label, d), rulings, ppp, 1300, 600);
        assertEquals(3, regions.size(), regions::toString);
        CellPass.Region first = regions.get(0);
        assertEquals(List.of(a, b), first.words());
        assertEquals(102, first.left());
        assertEquals(398, first.right());
        assertTrue(first.top() >= 52 && first.bottom() <= 118, "inside the horizontal rulings: " + first);
        CellPass.Region third = regions.get(2);
        assertEquals(List.of(d), third.words());
        assertTrue(third.left() > 780, "the label's part of the cell is left out: " + third);
    }

    /** 2026年: the digit model reads the 年 as 47; the figure over a confident word of text is not taken. */
    @Test
    void digitReadingOverAWordOfTextLeavesTheFirstReading() {
        OcrWord year = new OcrWord("2026", 1354, 310, 120, 73, 91, "1");
        OcrWord nian = new OcrWord("年", 1496, 315, 36, 59, 91, "1");
        OcrWord figure = new OcrWord("445.09", 1800, 320, 100, 30, 31, "2");
        List<OcrWord> out = DigitPass.merged(List.of(year, nian, figure), List.of(
                new OcrWord("202647", 1354, 310, 180, 73, 90, "9"),
                new OcrWord("445.69", 1800, 320, 100, 30, 96, "9")));
        List<String> texts = out.stream().map(OcrWord::text).toList();
        assertTrue(texts.containsAll(List.of("2026", "年", "445.69")), texts::toString);
        assertFalse(texts.contains("202647"), texts::toString);
        assertFalse(texts.contains("445.09"), "a figure's digit reading is still taken: " + texts);
        // a doubtful character of text (a figure's tail read as 喇, confidence 40) does not stop the digit reading
        OcrWord tail = new OcrWord("喇", 1520, 400, 40, 30, 40, "3");
        OcrWord head = new OcrWord("1,872", 1400, 400, 110, 30, 60, "3");
        List<String> t2 = DigitPass.merged(List.of(head, tail), List.of(new OcrWord("1,872.52", 1400, 400, 160, 30, 90, "9")))
                .stream().map(OcrWord::text).toList();
        assertTrue(t2.contains("1,872.52"), t2::toString);
    }

    /** Text lines of ruled cells are read again one cell line at a time; lines with a figure and unruled words are not. */
    @Test
    void labelRegionsAreTheTextLinesOfRuledCells() {
        double ppp = 72.0 / 300;
        List<Ruling> rulings = List.of(
                Ruling.vertical(100 * ppp, 0, 500 * ppp), Ruling.vertical(700 * ppp, 0, 500 * ppp),
                Ruling.vertical(1200 * ppp, 0, 500 * ppp),
                Ruling.horizontal(50 * ppp, 0, 1200 * ppp), Ruling.horizontal(120 * ppp, 0, 1200 * ppp),
                Ruling.horizontal(190 * ppp, 0, 1200 * ppp));
        OcrWord zhu = new OcrWord("主", 120, 70, 40, 30, 90, "1");
        OcrWord fang = new OcrWord("房保障文出", 165, 70, 200, 30, 90, "1");
        OcrWord fig = new OcrWord("1,302.95", 900, 70, 150, 30, 90, "2");
        OcrWord mixedText = new OcrWord("其中", 720, 140, 60, 30, 90, "3");
        OcrWord mixedFig = new OcrWord("12.00", 1000, 140, 90, 30, 90, "3");
        OcrWord outside = new OcrWord("单位", 1250, 10, 60, 30, 90, "4");
        List<CellPass.Region> regions = LabelPass.regions(List.of(zhu, fang, fig, mixedText, mixedFig, outside),
                rulings, ppp, 1400, 600);
        assertEquals(1, regions.size(), regions::toString);
        CellPass.Region r = regions.get(0);
        assertEquals(List.of(zhu, fang), r.words());
        assertEquals(102, r.left());
        assertEquals(698, r.right());
        assertTrue(r.top() >= 52 && r.bottom() <= 118, "inside the horizontal rulings: " + r);

        OcrWord read = LabelPass.chosen(r, List.of(new OcrWord("住房保障支出", 20, 10, 200, 30, 93, "1")));
        assertEquals("住房保障支出", read.text());
        assertEquals(120, read.left());
        assertEquals(365, read.right());
        CellPass.Region latin = new CellPass.Region(List.of(new OcrWord("Tota1", 120, 70, 80, 30, 60, "1"),
                new OcrWord("2", 210, 70, 20, 30, 90, "1")), 102, 52, 698, 118);
        assertEquals("Total 2", LabelPass.chosen(latin, List.of(new OcrWord("Total", 0, 0, 50, 30, 90, "1"),
                new OcrWord("2", 60, 0, 10, 30, 90, "1"))).text(), "a space between Latin words only");
        assertEquals(null, LabelPass.chosen(r, List.of(new OcrWord("住", 0, 0, 30, 30, 90, "1"))), "far shorter");
        assertEquals(null, LabelPass.chosen(r, List.of(new OcrWord("—", 0, 0, 30, 30, 90, "1"))), "no character");
        assertEquals(null, LabelPass.chosen(r, List.of(new OcrWord("ABCDEF", 0, 0, 30, 30, 90, "1"))), "Chinese read as none");
        assertEquals(null, LabelPass.chosen(r, List.of()));
    }

    /**
     * 7,651.71 in a fixed-width font: the page reading gives 7,651 and its decimals as a doubtful character (各);
     * in a ruled cell the character is read with the figure. A confident word, or one outside the cell, is not.
     */
    @Test
    void decimalsReadAsACharacterBesideAFigureAreReadWithIt() {
        double ppp = 72.0 / 300;
        List<Ruling> rulings = List.of(Ruling.vertical(1400 * ppp, 0, 1000 * ppp), Ruling.vertical(1600 * ppp, 0, 1000 * ppp),
                Ruling.vertical(1800 * ppp, 0, 1000 * ppp));
        OcrWord head = new OcrWord("7,651", 1427, 660, 97, 29, 0, "16");
        OcrWord tail = new OcrWord("各", 1553, 660, 34, 29, 0, "17");
        OcrWord beside = new OcrWord("了", 1620, 660, 30, 29, 10, "18"); // the next cell
        OcrWord sure = new OcrWord("元", 1553, 760, 34, 29, 95, "19");
        OcrWord fig = new OcrWord("53", 1490, 760, 36, 28, 95, "20");
        List<CellPass.Region> regions = CellPass.regions(List.of(head, tail, beside, sure, fig), rulings, ppp, 4000, 3000);
        assertEquals(2, regions.size(), regions::toString);
        assertEquals(List.of(head, tail), regions.get(0).words());
        assertEquals(1402, regions.get(0).left());
        assertEquals(1598, regions.get(0).right());
        assertEquals(List.of(fig), regions.get(1).words(), "a confident character is text");
        assertTrue(regions.get(1).right() < 1553, "and is not read with the figure: " + regions.get(1));
        assertTrue(CellPass.stray(tail));
        assertFalse(CellPass.stray(sure));
        assertFalse(CellPass.stray(new OcrWord("4", 0, 0, 10, 10, 0, "1")), "a digit is a figure's, not a stray");
    }

    /** A cell whose page reading has no digit left (6.71 → 伺) and whose line reading is a figure becomes that figure. */
    @Test
    void aLabelLineReadAsAFigureIsHandedOnAsOne() {
        CellPass.Region r = new CellPass.Region(List.of(new OcrWord("伺", 1553, 1472, 34, 29, 15, "1")), 1402, 1460, 1598, 1510);
        assertEquals("6.71", LabelPass.chosen(r, List.of(new OcrWord("6.71", 30, 10, 60, 29, 80, "1"))).text());
        assertEquals("2,995.39", LabelPass.chosen(r, List.of(new OcrWord("2.995.39", 30, 10, 60, 29, 80, "1"))).text());
        assertTrue(CellPass.candidate("6.71"));
        // a label read confidently stays a label, whatever figure the line reading makes of it
        CellPass.Region label = new CellPass.Region(List.of(new OcrWord("功能分类科目名称", 1106, 705, 320, 38, 95, "1")),
                667, 687, 1859, 774);
        assertEquals(null, LabelPass.chosen(label, List.of(new OcrWord("0", 30, 10, 20, 29, 0, "1"))));
        assertEquals(null, LabelPass.chosen(label, List.of(new OcrWord("12.5", 30, 10, 20, 29, 90, "1"))));
        // what is left of a ruling at the ends of a label's line reading is dropped
        CellPass.Region kuan = new CellPass.Region(List.of(new OcrWord("款", 416, 747, 37, 38, 92, "1")), 370, 738, 497, 794);
        assertEquals("款", LabelPass.chosen(kuan, List.of(new OcrWord("款", 30, 10, 37, 38, 47, "1"),
                new OcrWord("|", 90, 5, 3, 50, 83, "1"))).text());
        CellPass.Region name = new CellPass.Region(List.of(new OcrWord("机关事业单位", 700, 1000, 300, 38, 92, "1")), 660, 990, 1800, 1050);
        assertEquals("机关事业单位", LabelPass.chosen(name, List.of(new OcrWord("4机关事业单位1", 30, 10, 300, 38, 80, "1"))).text());
        // a header of one doubtful digit (合计 read as 2) is replaced by text only
        CellPass.Region h = new CellPass.Region(List.of(new OcrWord("2", 1700, 700, 81, 40, 12, "1")), 1650, 690, 1880, 760);
        assertEquals("合计", LabelPass.chosen(h, List.of(new OcrWord("合计", 10, 10, 80, 40, 90, "1"))).text());
        assertEquals(null, LabelPass.chosen(h, List.of(new OcrWord("2", 10, 10, 80, 40, 90, "1"))));
        assertTrue(LabelPass.weak(h.words().get(0)));
        assertFalse(LabelPass.weak(new OcrWord("2", 1700, 700, 81, 40, 90, "1")));
    }

    /** Ruled cells with no word (a header 类 the page reading missed) are read; big blank areas are not. */
    @Test
    void emptyRuledCellsAreReadButNotBlankAreas() {
        double ppp = 72.0 / 300;
        // a 2 × 3 lattice of 100 × 60 px cells at (100, 100), and a cell 1300 px wide below it
        List<Ruling> rulings = new ArrayList<>();
        for (int x : new int[] {100, 200, 300, 400}) {
            rulings.add(Ruling.vertical(x * ppp, 100 * ppp, 220 * ppp));
        }
        for (int y : new int[] {100, 160, 220}) {
            rulings.add(Ruling.horizontal(y * ppp, 100 * ppp, 400 * ppp));
        }
        OcrWord word = new OcrWord("款", 230, 115, 40, 30, 90, "1");
        List<CellPass.Region> empty = LabelPass.emptyCells(List.of(word), rulings, ppp, 2000, 1000);
        assertEquals(5, empty.size(), empty::toString);
        assertTrue(empty.stream().allMatch(r -> r.words().isEmpty()));
        assertTrue(empty.stream().noneMatch(r -> r.left() < 270 && r.right() > 230 && r.top() < 145 && r.bottom() > 115),
                "the cell with a word is not among them");
        assertEquals(List.of(), LabelPass.emptyCells(List.of(), List.of(Ruling.vertical(10, 10, 400), Ruling.vertical(400, 10, 400),
                Ruling.horizontal(10, 10, 400), Ruling.horizontal(400, 10, 400)), ppp, 2000, 2000), "a blank area");
        // the reading of an empty cell: taken when confident, placed inside the cell
        CellPass.Region r = empty.get(0);
        OcrWord read = LabelPass.chosen(r, List.of(new OcrWord("类", 40, 30, 30, 30, 92, "1")));
        assertEquals("类", read.text());
        assertTrue(read.left() >= r.left() && read.right() <= r.right() && read.top() >= r.top() && read.bottom() <= r.bottom(),
                read + " in " + r);
        assertEquals(null, LabelPass.chosen(r, List.of(new OcrWord("类", 40, 30, 30, 30, 40, "1"))), "noise refused");
    }

    /** 《 read for the ( of an enumeration is put back; a title in 《》 stays. */
    @Test
    void anUnclosedDoubleAngleBracketBeforeAParenthesisIsAParenthesis() {
        assertEquals("(一)一般公共预算拨款", OcrPageReader.brackets("《一)一般公共预算拨款"));
        assertEquals("（十七）金融支出", OcrPageReader.brackets("《十七）金融支出"));
        assertEquals("《预算法》(2018)", OcrPageReader.brackets("《预算法》(2018)"));
        assertEquals("《预算法", OcrPageReader.brackets("《预算法"), "no closing parenthesis: left as read");
        assertEquals("住房保障支出", OcrPageReader.brackets("住房保障支出"));
    }

    @Test
    void wordsOfMostlyDigitsAreReadAgainUnlessTheyAreTextWithANumber() {
        assertTrue(CellPass.candidate("445.69"));
        assertTrue(CellPass.candidate("53,了"), "a figure's last digit read as a Chinese character");
        assertTrue(CellPass.candidate("7,651各"));
        assertFalse(CellPass.candidate("2025年"));
        assertFalse(CellPass.candidate("15%以上"));
        assertFalse(CellPass.candidate("住房公积金"));
        assertFalse(CellPass.candidate("3个"));
    }

    /** Without rulings, pieces within a character height are one figure; figures further apart are two. */
    @Test
    void cellRegionsWithoutRulingsJoinCloseWords() {
        OcrWord a = new OcrWord("4,651", 250, 70, 80, 30, 90, "1");
        OcrWord b = new OcrWord("67", 350, 70, 30, 30, 90, "1");
        OcrWord c = new OcrWord("339.50", 600, 70, 100, 30, 90, "1");
        OcrWord unit = new OcrWord("亿元", 703, 68, 60, 32, 90, "1");
        List<CellPass.Region> regions = CellPass.regions(List.of(a, b, c, unit), List.of(), 0.24, 1300, 600);
        assertEquals(2, regions.size());
        assertEquals(List.of(a, b), regions.get(0).words());
        assertTrue(regions.get(1).right() < 703, "the text beside a figure is not read with it: " + regions.get(1));
        assertTrue(regions.get(0).left() <= 250 && regions.get(0).right() >= 380);
    }

    /** The models vote: a figure most read wins; agreement gives a high confidence, dispute a low one. */
    @Test
    void cellReadingsVote() {
        CellPass.Region r = new CellPass.Region(List.of(new OcrWord("2,967", 10, 10, 80, 30, 90, "1"),
                new OcrWord("13", 100, 10, 30, 30, 90, "1")), 0, 0, 200, 50);
        OcrWord agreed = CellPass.chosen(r, List.of(new CellPass.Reading("2,567.13", 0),
                new CellPass.Reading("2,567.13", 40), new CellPass.Reading("2,567.13", 10)));
        assertEquals("2,567.13", agreed.text());
        assertEquals(CellPass.AGREED, agreed.confidence(), 1e-9);
        assertEquals(10, agreed.left());
        assertEquals(130, agreed.right());
        OcrWord disputed = CellPass.chosen(r, List.of(new CellPass.Reading("2,967.13", 90),
                new CellPass.Reading("2,567.13", 60), new CellPass.Reading("2,567.13", 12)));
        assertEquals("2,567.13", disputed.text(), "two against one");
        assertTrue(disputed.confidence() <= CellPass.DISAGREED);
        OcrWord tie = CellPass.chosen(r, List.of(new CellPass.Reading("2,967.13", 90),
                new CellPass.Reading("2,567.13", 60), new CellPass.Reading(null, 0)));
        assertEquals("2,967.13", tie.text(), "a tie: the first model's");
        assertEquals(null, CellPass.chosen(r, List.of(new CellPass.Reading(null, 0), new CellPass.Reading(null, 3))));
        assertEquals("4,651.67", CellPass.reading(List.of(new OcrWord("4,651", 0, 0, 80, 30, 90, "1"),
                new OcrWord(".67", 90, 0, 40, 30, 80, "1"))).figure());
        assertEquals(null, CellPass.reading(List.of(new OcrWord("4,6.5.1", 0, 0, 80, 30, 90, "1"))).figure());
    }

    @Test
    void numericWordsAndWellFormedFigures() {
        assertTrue(DigitPass.numeric("445.09"));
        assertTrue(DigitPass.numeric("3I.O"), "letters for digits");
        assertFalse(DigitPass.numeric("住房"));
        assertFalse(DigitPass.numeric("2025年度"));
        assertTrue(DigitPass.figure("1,553.51"));
        assertTrue(DigitPass.figure("-80,000"));
        assertTrue(DigitPass.figure("12.5%"));
        assertFalse(DigitPass.figure("1.2.3,"));
    }

    /** The digit reading replaces a misread figure, splits two figures in one loose box, and drops a double read. */
    @Test
    void digitPassTakesTheDigitEnginesFigures() throws OcrException {
        OcrWord misread = new OcrWord("445.09", 1026, 261, 89, 23, 31, "1.1.1");
        OcrWord label = new OcrWord("住房保障", 545, 257, 160, 30, 96, "1.1.1");
        OcrWord two = new OcrWord("60.9960.99", 1000, 300, 400, 23, 40, "1.1.2");
        OcrEngine digits = fake(List.of(
                new OcrWord("445.69", 1026, 261, 89, 23, 96, "a"),
                new OcrWord("60.99", 1043, 300, 72, 23, 96, "b"),
                new OcrWord("99", 1090, 300, 25, 23, 50, "b"),     // inside 60.99's box: read twice
                new OcrWord("60.99", 1256, 300, 72, 23, 96, "b"),
                new OcrWord("7.7", 300, 500, 40, 23, 95, "c")));   // missed by the first reading
        List<OcrWord> out = DigitPass.reread(digits, null, List.of(misread, label, two));
        List<String> texts = out.stream().map(OcrWord::text).toList();
        assertEquals(List.of("445.69", "住房保障", "60.99", "60.99", "7.7"), texts);
    }

    @Test
    void overlappingWordsOfALineDoNotInterleave() {
        List<OcrWord> words = OcrPageReader.untangled(List.of(
                new OcrWord("社会", 100, 10, 60, 30, 90, "1"),
                new OcrWord("保障", 140, 10, 60, 30, 90, "1"),
                new OcrWord("下一行", 100, 60, 90, 30, 90, "2")));
        assertEquals(160, words.get(1).left());
        assertEquals(200, words.get(1).right());
        assertEquals(100, words.get(2).left(), "another line is not touched");
    }

    /** 小数点丢失: 000 in a column that prints two decimals is 0.00, marked repaired; other cells unchanged. */
    @Test
    void lostDecimalPointPutBackFromTheColumnsPrecision() {
        List<Row> rows = new ArrayList<>();
        String[][] printed = {{"445.69", "12"}, {"187.19", "30"}, {"258.50", "7"}, {"000", "1,200"}, {"1,203.00", "5"}};
        for (String[] r : printed) {
            rows.add(new Row(null, null, null, "x", List.of(cell(r[0]), cell(r[1])), Place.UNKNOWN));
        }
        Table t = new Table("t01", TableKind.GENERIC, null, "表", Unit.TEN_THOUSAND_YUAN, List.of(1),
                List.of(new ColumnDef("a", "a"), new ColumnDef("b", "b")), rows, List.of(), null, Place.UNKNOWN, "ocr");
        Table r = OcrDecimals.repaired(t);
        Cell fixed = r.rows().get(3).cells().get(0);
        assertEquals(0, new BigDecimal("0.00").compareTo(fixed.amount().value()));
        assertEquals(2, fixed.amount().decimals());
        assertTrue(fixed.repaired());
        assertEquals(0, r.rows().get(3).cells().get(1).amount().decimals(), "an integer column stays");
        assertFalse(r.rows().get(0).cells().get(0).repaired());
    }

    private static Cell cell(String raw) {
        String plain = raw.replace(",", "");
        int dot = plain.indexOf('.');
        return new Cell(raw, new Amount(new BigDecimal(plain), dot < 0 ? 0 : plain.length() - dot - 1,
                Unit.TEN_THOUSAND_YUAN, raw), Place.UNKNOWN, false);
    }

    private static OcrEngine fake(List<OcrWord> words) {
        return new OcrEngine() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public boolean available() {
                return true;
            }

            @Override
            public String unavailableReason() {
                return null;
            }

            @Override
            public List<OcrWord> recognise(BufferedImage image, Layout layout, String whitelist) {
                return words;
            }
        };
    }
}
