package io.github.suanzhang.extract.table;

import io.github.suanzhang.core.doc.Place;
import io.github.suanzhang.core.doc.Statement;
import io.github.suanzhang.core.text.TextNormalizer;
import io.github.suanzhang.extract.narrative.NarrativeReader;
import io.github.suanzhang.extract.text.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The text outside tables as paragraphs. A new paragraph starts at a heading, at an indented line, after
 * a line that stops short of the right margin, or after a vertical gap wider than
 * {@link #PARAGRAPH_GAP_RATIO} line heights. Stateless.
 */
public final class Narrative {
    private Narrative() {
    }

    /** A vertical gap wider than this many line heights ends a paragraph. */
    public static final double PARAGRAPH_GAP_RATIO = 1.2;

    private static final Pattern HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|（[一二三四五六七八九十]+）)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。；;！？!?])");

    /** Paragraphs from the pages' lines outside grids, leaving out the lines that belong to tables. */
    public static List<Paragraph> paragraphs(List<TableLocator.PageLayout> pages, Set<TextLine> tableLines) {
        List<Paragraph> out = new ArrayList<>();
        String section = null;
        for (TableLocator.PageLayout p : pages) {
            List<TextLine> lines = new ArrayList<>();
            for (TextLine l : p.lines()) {
                if (!tableLines.contains(l)) {
                    lines.add(l);
                }
            }
            if (lines.isEmpty()) {
                continue;
            }
            double left = Double.MAX_VALUE;
            double right = 0;
            for (TextLine l : lines) {
                left = Math.min(left, l.box().x0());
                right = Math.max(right, l.box().x1());
            }
            StringBuilder cur = null;
            Place curPlace = null;
            TextLine prev = null;
            for (TextLine l : lines) {
                String t = TextNormalizer.normalize(l.text()).strip();
                if (t.isEmpty() || t.matches("[-—\\d\\s]+")) {
                    continue; // page numbers
                }
                double size = Math.max(l.fontSize(), l.box().height());
                boolean heading = HEADING.matcher(t).find() && t.length() <= 40;
                boolean start = cur == null || heading || l.box().x0() > left + 1.5 * size
                        || (prev != null && prev.box().x1() < right - 2 * size)
                        || (prev != null && l.box().y0() - prev.box().y1() > PARAGRAPH_GAP_RATIO * size)
                        || (prev != null && HEADING.matcher(TextNormalizer.normalize(prev.text()).strip()).find()
                                && TextNormalizer.normalize(prev.text()).strip().length() <= 40);
                if (start && cur != null) {
                    out.add(new Paragraph(cur.toString(), section, section == null ? List.of() : List.of(section), curPlace, List.of()));
                    cur = null;
                }
                if (heading) {
                    section = t.replaceAll("\\s+", "");
                }
                if (cur == null) {
                    cur = new StringBuilder();
                    curPlace = Place.onPage(p.page(), l.box());
                }
                cur.append(t);
                prev = l;
            }
            if (cur != null) {
                out.add(new Paragraph(cur.toString(), section, section == null ? List.of() : List.of(section), curPlace, List.of()));
            }
        }
        return out;
    }

    /**
     * The default reading of paragraphs: sentences with their claims ({@link NarrativeReader}); each
     * statement is placed at its paragraph's first line (page and box).
     */
    public static final Function<List<Paragraph>, List<Statement>> CLAIMS = paragraphs -> {
        List<Statement> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (Statement s : NarrativeReader.read(List.of(p.text()), 0, p.section())) {
                out.add(new Statement(s.text(), s.section(), p.place(), s.claims()));
            }
        }
        return out;
    };

    /** Sentences only (split after 。；！？), without claims: a cheaper reading. */
    public static final Function<List<Paragraph>, List<Statement>> SENTENCES = paragraphs -> {
        List<Statement> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (String s : SENTENCE_END.split(p.text())) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(new Statement(t, p.section(), p.place(), List.of()));
                }
            }
        }
        return out;
    };
}
